# fuzz.mk: fuzzing and sanitizer builds of the core (included by the
# Makefile).  Needs clang with its libFuzzer runtime (Debian: clang,
# libclang-rt-14-dev); test/setup.sh --test installs them.
#
#	make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="normalize metrics"]
#		builds test/fuzz/fuzz_<target>.c with AddressSanitizer and
#		UndefinedBehaviorSanitizer and fuzzes each target that long
#	make fuzz-regress
#		runs every target once over its kept cases (test/fuzz/regress/) and
#		the seeds, without fuzzing
#	make unittest-sanitize
#		the core unit tests under the same sanitizers
#
# The core is compiled once into test/san/ with coverage instrumentation;
# fuzz targets and sanitized unit tests link those objects.

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS = -g -O1 -fno-omit-frame-pointer $(FUZZ_SAN) -Isrc -Isrc/gen -Itest/unit
FUZZ_ALL = $(sort $(patsubst test/fuzz/fuzz_%.c,%,$(wildcard test/fuzz/fuzz_*.c)))
FUZZ_TARGETS ?= $(FUZZ_ALL)
FUZZ_BINS = $(FUZZ_TARGETS:%=test/fuzz/fuzz_%.bin)
SAN_CORE_OBJS = $(CORE_SRCS:src/%.c=test/san/%.o)
SAN_UNIT_BINS = $(UNIT_SRCS:test/unit/%.c=test/san/%.bin)
ICU_LIBS = $(shell pkg-config --libs icu-i18n icu-uc)

EXTRA_CLEAN += test/san test/fuzz/*.bin

test/san/%.o: src/%.c $(GEN_HEADERS) $(wildcard src/*.h)
	@mkdir -p test/san
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

test/fuzz/fuzz_%.bin: test/fuzz/fuzz_%.c test/fuzz/fuzz_common.h $(SAN_CORE_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(SAN_CORE_OBJS) $(ICU_LIBS)

test/san/%.bin: test/unit/%.c test/unit/unit.h $(SAN_CORE_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $< $(SAN_CORE_OBJS) $(ICU_LIBS)

.PHONY: fuzz fuzz-build fuzz-regress unittest-sanitize
fuzz-build: $(FUZZ_BINS)

fuzz: fuzz-build
	bash test/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-regress: fuzz-build
	bash test/fuzz/run.sh 0 $(FUZZ_TARGETS)

unittest-sanitize: $(SAN_UNIT_BINS)
	@set -e; for t in $(SAN_UNIT_BINS); do ./$$t; done
