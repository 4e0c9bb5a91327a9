# src/ingest: stage 1, files in, clean classified documents out.
libfactdiff_a_SOURCES += src/ingest/doc.c src/ingest/ingest.c
noinst_HEADERS += src/ingest/doc.h src/ingest/ingest.h
