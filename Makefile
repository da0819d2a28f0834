# indnews: Chinese regional industrial news to clean text and metrics.
#
# Built with PGXS.  The core (src/*.c except src/pg_*.c) includes no server
# header and is also linked into the unit tests (make unittest) and the
# benchmarks; src/pg_*.c is the thin fmgr glue.  Tables in src/gen/ are
# generated at build time from the data files Debian ships (OpenCC) and from
# the project's own data files in src/data/.

EXTENSION = indnews
MODULE_big = indnews

CORE_SRCS = $(filter-out src/pg_%.c,$(wildcard src/*.c))
GLUE_SRCS = $(wildcard src/pg_*.c)
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

DATA = $(wildcard sql/indnews--*.sql)

# Every other file in sql/ is a regression test; each creates the extension
# itself, so the order does not matter.
REGRESS = $(sort $(filter-out indnews--%,$(basename $(notdir $(wildcard sql/*.sql)))))
REGRESS_OPTS = --inputdir=. --encoding=UTF8 --no-locale

OPENCC_DIR ?= /usr/share/opencc
GEN_HEADERS = src/gen/convert_tables.h src/gen/fold_table.h

UNIT_SRCS = $(wildcard test/unit/test_*.c)
UNIT_BINS = $(UNIT_SRCS:.c=.bin)

# Each layer adds its generated tables and link flags in its own src/*.mk.
# The generator rules in src/*.mk come before PGXS's: keep `all` the default
# goal, so that a plain `make` builds the module.
.DEFAULT_GOAL := all
include $(sort $(wildcard src/*.mk))
EXTRA_CLEAN = src/gen/*.h src/gen/*.txt test/unit/*.bin results regression.diffs regression.out

PG_CPPFLAGS = -Isrc -Isrc/gen
PG_CFLAGS = -O2

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ---- generated tables ------------------------------------------------------

OPENCC_DICTS = TSCharacters TSPhrases STCharacters STPhrases \
	HKVariantsRev HKVariantsRevPhrases TWVariantsRev TWVariantsRevPhrases TWVariants

src/gen/opencc-%.txt: $(OPENCC_DIR)/%.ocd2
	@mkdir -p src/gen
	opencc_dict -i $< -o $@ -f ocd2 -t text

src/gen/convert_tables.h: src/tools/gen_convert_tables.pl $(foreach d,$(OPENCC_DICTS),src/gen/opencc-$(d).txt)
	perl $< src/gen $@

src/gen/fold_table.h: src/tools/gen_fold_table.pl src/data/punct_fold.tsv
	@mkdir -p src/gen
	perl $< src/data/punct_fold.tsv $@

$(OBJS) $(OBJS:.o=.bc): $(GEN_HEADERS) $(wildcard src/*.h)

# ---- core unit tests (no server) -------------------------------------------

UNIT_CFLAGS = -O1 -g -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare \
	-Isrc -Isrc/gen -Itest/unit

test/unit/%.bin: test/unit/%.c $(CORE_SRCS) $(GEN_HEADERS) $(wildcard src/*.h) test/unit/unit.h
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_SRCS) $(shell pkg-config --cflags --libs icu-i18n icu-uc 2>/dev/null)

.PHONY: unittest
unittest: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do ./$$t; done

# Fuzzing and sanitizer builds: test/fuzz/fuzz.mk.
include test/fuzz/fuzz.mk

.PHONY: print-regress
print-regress:
	@echo $(REGRESS)
