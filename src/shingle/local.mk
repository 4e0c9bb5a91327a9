# src/shingle: stage 3a, word tokens and XXH3 shingle fingerprints.
