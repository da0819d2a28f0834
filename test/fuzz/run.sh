#!/bin/bash
# run.sh SECONDS TARGET...: run each libFuzzer target (built by "make
# fuzz-build") for SECONDS, or with 0 only over its kept cases.
#
# Inputs: test/fuzz/corpus/TARGET/ (the growing working corpus, not kept in
# git), test/fuzz/regress/TARGET/ (kept cases: every input that once failed)
# and seeds/.  A failing input is written to test/fuzz/crash-TARGET-*; copy
# it into test/fuzz/regress/TARGET/ once fixed.  Prints one line per target
# and exits non-zero when any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=$1
shift
failed=0
for t in "$@"; do
	bin=test/fuzz/fuzz_$t.bin
	corpus=test/fuzz/corpus/$t
	mkdir -p "$corpus" "test/fuzz/regress/$t"
	log=$(mktemp)
	if [ "$seconds" -gt 0 ]; then
		# 4 kB inputs cover every construct; 10 s on one input is a hang
		"$bin" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
			-rss_limit_mb=2048 -print_final_stats=1 \
			-artifact_prefix="test/fuzz/crash-$t-" \
			"$corpus" "test/fuzz/regress/$t" seeds >"$log" 2>&1
	else
		"$bin" -runs=0 -timeout=10 -rss_limit_mb=2048 \
			-artifact_prefix="test/fuzz/crash-$t-" \
			"test/fuzz/regress/$t" seeds >"$log" 2>&1
	fi
	rc=$?
	runs=$(awk '/^stat::number_of_executed_units:/ {print $2}' "$log")
	[ -n "$runs" ] || runs=$(grep -oE 'Done [0-9]+ runs' "$log" | awk '{print $2}' | tail -1)
	[ -n "$runs" ] || runs=$(grep -oE '#[0-9]+' "$log" | tail -1 | tr -d '#')
	if [ $rc -eq 0 ]; then
		echo "fuzz $t: ok (${runs:-0} executions in ${seconds} s)"
	else
		failed=$((failed + 1))
		echo "fuzz $t: FAILED (exit $rc)"
		grep -E 'ERROR|property failed|runtime error|SUMMARY|Test unit written' "$log" | head -20
	fi
	rm -f "$log"
done
[ $failed -eq 0 ]
