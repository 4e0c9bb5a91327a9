# src/dedup: stage 3b, exact and near duplicates, reused passages.
