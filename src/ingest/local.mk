# src/ingest: stage 1, files in, clean classified documents out.
libfactdiff_a_SOURCES += src/ingest/doc.c src/ingest/ingest.c \
	src/ingest/encoding.c src/ingest/read.c src/ingest/jsonl.c \
	src/ingest/lineclass.c src/ingest/meta.c src/ingest/norm.c
noinst_HEADERS += src/ingest/doc.h src/ingest/ingest.h \
	src/ingest/ingest-private.h src/ingest/encoding.h src/ingest/read.h \
	src/ingest/jsonl.h src/ingest/lineclass.h src/ingest/meta.h \
	src/ingest/norm.h
