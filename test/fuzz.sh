#!/bin/bash
# fuzz.sh [SECONDS]: build the core's libFuzzer target with address and
# undefined-behaviour sanitizers and run it (default 60 s).  Needs clang.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s src/gen/convert_tables.h src/gen/fold_table.h src/gen/unit_table.h \
	src/gen/article_markers.h src/gen/region_table.h src/gen/metric_lexicon.h
core=$(ls src/*.c | grep -v '/pg_')
mkdir -p test/fuzz/corpus
cp -n seeds/* test/fuzz/corpus/ 2>/dev/null || true
clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -Isrc/gen \
	-o test/fuzz/fuzz_core.bin test/fuzz/fuzz_core.c $core \
	$(pkg-config --libs icu-i18n icu-uc)
test/fuzz/fuzz_core.bin -max_total_time="${1:-60}" -max_len=4096 test/fuzz/corpus
