#!/bin/bash
# run-tests.sh: every test of indnews.  Installs the packages it needs,
# builds and installs the extension, runs the core's C unit tests, the same
# under AddressSanitizer and UndefinedBehaviorSanitizer, every fuzz target
# over its kept cases and then for FUZZ_SECONDS (default 5) each, then the
# pg_regress suite in a throwaway UTF-8 cluster made by pg_virtualenv
# (initdb refuses root; pg_virtualenv runs the server as postgres).
# Ends with one line "N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

bash test/setup.sh --test || { echo "0 passed, 1 failed"; exit 1; }
export PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config

unit_log=$(mktemp)
make -s PG_CONFIG=$PG_CONFIG unittest 2>&1 | tee "$unit_log"
unit_passed=$(awk '/: [0-9]+ passed, [0-9]+ failed$/ {s += $(NF-3)} END {print s+0}' "$unit_log")
unit_failed=$(awk '/: [0-9]+ passed, [0-9]+ failed$/ {s += $(NF-1)} END {print s+0}' "$unit_log")
unit_bins=$(ls test/unit/test_*.c 2>/dev/null | wc -l)
unit_ran=$(grep -c ': [0-9]* passed, [0-9]* failed$' "$unit_log")
if [ "$unit_ran" -ne "$unit_bins" ]; then
	echo "unit: $unit_ran of $unit_bins test programs reported (build or crash failure)"
	unit_failed=$((unit_failed + unit_bins - unit_ran))
fi
rm -f "$unit_log"

# the core again under the sanitizers, and a short pass of every fuzz target
san_log=$(mktemp)
make -s PG_CONFIG=$PG_CONFIG unittest-sanitize 2>&1 | tee "$san_log"
san_passed=$(awk '/: [0-9]+ passed, [0-9]+ failed$/ {s += $(NF-3)} END {print s+0}' "$san_log")
san_failed=$(awk '/: [0-9]+ passed, [0-9]+ failed$/ {s += $(NF-1)} END {print s+0}' "$san_log")
san_ran=$(grep -c ': [0-9]* passed, [0-9]* failed$' "$san_log")
if [ "$san_ran" -ne "$unit_bins" ]; then
	echo "sanitized unit: $san_ran of $unit_bins test programs reported (build, crash or leak)"
	san_failed=$((san_failed + unit_bins - san_ran))
fi
make -s PG_CONFIG=$PG_CONFIG fuzz-build >/dev/null 2>&1
make -s PG_CONFIG=$PG_CONFIG fuzz-regress 2>&1 | tee "$san_log"
make -s PG_CONFIG=$PG_CONFIG fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-5}" 2>&1 | tee -a "$san_log"
fuzz_passed=$(grep -c '^fuzz .*: ok' "$san_log")
fuzz_targets=$(ls test/fuzz/fuzz_*.c | wc -l)
fuzz_failed=$((2 * fuzz_targets - fuzz_passed))
rm -f "$san_log"

rm -rf results regression.diffs regression.out
regress_log=$(mktemp)
pg_virtualenv -t -v 15 -o 'max_parallel_workers_per_gather=0' \
	make -s PG_CONFIG=$PG_CONFIG installcheck 2>&1 | tee "$regress_log"
reg_passed=$(grep -cE '\.\.\. ok' "$regress_log")
reg_failed=$(grep -cE '\.\.\. FAILED' "$regress_log")
n_tests=$(make -s PG_CONFIG=$PG_CONFIG -f Makefile print-regress 2>/dev/null | wc -w)
if [ "$((reg_passed + reg_failed))" -ne "$n_tests" ]; then
	echo "regress: $((reg_passed + reg_failed)) of $n_tests tests reported"
	reg_failed=$((reg_failed + n_tests - reg_passed - reg_failed))
fi
if [ -s regression.diffs ]; then
	echo "---- regression.diffs (first 200 lines) ----"
	head -n 200 regression.diffs
fi
rm -f "$regress_log"

echo "unit checks: $unit_passed passed, $unit_failed failed; under sanitizers: $san_passed passed, $san_failed failed; fuzz runs: $fuzz_passed passed, $fuzz_failed failed; regression tests: $reg_passed passed, $reg_failed failed"
passed=$((unit_passed + san_passed + fuzz_passed + reg_passed))
failed=$((unit_failed + san_failed + fuzz_failed + reg_failed))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
