# src/claims: stage 4, temporal expressions, numbers, quotes, names.
libfactdiff_a_SOURCES += src/claims/claim.c src/claims/claims.c \
	src/claims/numword.c src/claims/wordset.c
noinst_HEADERS += src/claims/claim.h src/claims/claims.h \
	src/claims/numword.h src/claims/wordset.h

# Dates, times, durations (issue 6).
libfactdiff_a_SOURCES += src/claims/timex.c src/claims/calendar.c
noinst_HEADERS += src/claims/timex.h src/claims/calendar.h

# Numbers and quantities (issue 7).
libfactdiff_a_SOURCES += src/claims/number.c
noinst_HEADERS += src/claims/number.h

# Quotes, speakers and indirect speech (issue 7).
libfactdiff_a_SOURCES += src/claims/quote.c src/claims/quote-token.c \
	src/claims/speaker.c
noinst_HEADERS += src/claims/quote.h src/claims/quote-token.h \
	src/claims/speaker.h

# Names and entities (issue 7).
libfactdiff_a_SOURCES += src/claims/entity.c src/claims/names.c
noinst_HEADERS += src/claims/entity.h src/claims/names.h
