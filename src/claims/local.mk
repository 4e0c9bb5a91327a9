# src/claims: stage 4, temporal expressions, numbers, quotes, names.
libfactdiff_a_SOURCES += src/claims/claim.c src/claims/claims.c \
	src/claims/timex.c src/claims/number.c src/claims/quote.c src/claims/numword.c \
	src/claims/calendar.c
noinst_HEADERS += src/claims/claim.h src/claims/claims.h \
	src/claims/timex.h src/claims/number.h src/claims/quote.h src/claims/numword.h \
	src/claims/calendar.h
