#!/bin/bash
# bench-run.sh: the body of test/bench.sh, run inside its throwaway cluster
# (pg_virtualenv sets PGHOST and friends).  Not meant to be run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BENCH_MB:?run test/bench.sh}" "${BENCH_RUNS:?}" "${BENCH_CORPUS:?}"
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

work=$(mktemp -d /tmp/indnews-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== machine: $(nproc) cores of $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
	"$(free -g | awk '/^Mem:/ {print $2}') GB, $(. /etc/os-release && echo "$PRETTY_NAME")," \
	"$(command psql -X -A -t -c 'SHOW server_version')"
echo "== load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
# The installed library is shared by every cluster of the machine: note it,
# and warn at the end if another build replaced it during the run.
so=$(/usr/lib/postgresql/15/bin/pg_config --pkglibdir)/indnews.so
so_md5=$(md5sum < "$so" | cut -c1-12)
echo "== indnews.so: $so_md5 (git $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src sql 2>/dev/null || echo ', with uncommitted changes'))"
echo "== $(command psql -X -A -t -c 'CREATE EXTENSION indnews' -c 'SELECT indnews.data_versions()' | tail -1)"

psql <<'SQL'
CREATE TABLE bench_result (
	tbl text, kind text, what text,
	mb numeric,			-- megabytes (10^6 bytes) of text the query read
	ms float8,			-- best of runs
	result bigint,		-- what the query counted (rows, metrics, matches)
	runs int,
	seq serial
);
CREATE TABLE source_seeds (body text);
CREATE TABLE source_corpus (body text);
SQL

test/load-folder.sh seeds raw_documents
psql -c "INSERT INTO source_seeds SELECT body FROM raw_documents ORDER BY name"
tables=bench_seeds
if ls "$BENCH_CORPUS"/*.jsonl >/dev/null 2>&1; then
	test/load-corpus.sh "$BENCH_CORPUS" source_corpus
	tables="bench_seeds bench_corpus"
else
	echo "== no corpus at $BENCH_CORPUS: bench_corpus skipped"
fi

# Each table: the source repeated to at least BENCH_MB megabytes, and a
# subset of the first ~1 MB for translate(), whose cost grows with the
# length of its map (it searches the 4,000-character "from" string for every
# character of the text).
for t in $tables; do
	src=source_${t#bench_}
	psql <<SQL
CREATE TABLE $t AS
SELECT s.body FROM generate_series(1, ceil($BENCH_MB * 1e6 / (SELECT sum(octet_length(body)) FROM $src))::int) g,
	$src s;
CREATE TABLE ${t}_sub AS
SELECT body FROM $t LIMIT (SELECT ceil(1e6 / avg(octet_length(body))) FROM $src);
VACUUM ANALYZE $t;
VACUUM ANALYZE ${t}_sub;
SQL
done

ms_now() { date +%s%N | cut -c1-13; }
so_check() {
	local now
	now=$(md5sum < "$so" | cut -c1-12)
	if [ "$now" != "$so_md5" ]; then
		echo "== WARNING: $so was replaced ($so_md5 -> $now) by $1: another build was installed; later figures may use it"
		so_md5=$now
	fi
}
for t in $tables; do
	echo "== $t: timing the functions (best of $BENCH_RUNS)"
	psql -v tbl=$t -v runs=$BENCH_RUNS -f test/bench.sql

	# The command lines, on the same text dumped to a file, one run each;
	# their time includes starting the process and reading and writing
	# the files.  MB is the dump's size (COPY text format: one line a row,
	# newlines written as \n).
	psql -c "\\copy (SELECT body FROM $t) TO '$work/$t.txt'"
	fmb=$(stat -c %s "$work/$t.txt")
	if command -v opencc >/dev/null; then
		t0=$(ms_now)
		opencc -c t2s.json -i "$work/$t.txt" -o "$work/out.txt"
		t1=$(ms_now)
		psql -c "INSERT INTO bench_result (tbl, kind, what, mb, ms, runs)
			VALUES ('$t', '4 command line', 'opencc -c t2s.json', $fmb / 1e6, $t1 - $t0, 1)"
	fi
	if command -v uconv >/dev/null; then
		t0=$(ms_now)
		uconv -f utf-8 -t utf-8 -x Traditional-Simplified -o "$work/out.txt" "$work/$t.txt"
		t1=$(ms_now)
		psql -c "INSERT INTO bench_result (tbl, kind, what, mb, ms, runs)
			VALUES ('$t', '4 command line', 'uconv -x Traditional-Simplified', $fmb / 1e6, $t1 - $t0, 1)"
	fi
	rm -f "$work/$t.txt" "$work/out.txt"
	so_check "the end of $t"
done

echo "== scalar parsers: one million short strings"
psql -v runs=$BENCH_RUNS -f test/bench-scalar.sql
so_check "the end of the scalar parsers"

echo
echo "================================ results ================================"
for t in $tables; do
	psql -v tbl=$t -f test/bench-report.sql
done
psql -c '\pset footer off' -c "SELECT * FROM bench_scalar_report"

ptbl=bench_corpus
[[ " $tables " == *" bench_corpus "* ]] || ptbl=bench_seeds
echo
echo "================================ parallel ($ptbl) ================================"
psql -v tbl=$ptbl -v runs=$BENCH_RUNS -f test/bench-parallel.sql
so_check "the end of the parallel run"

echo
echo "================================ first calls ================================"
bash test/bench-firstcall.sh
so_check "the end of the first calls"

if [ "${BENCH_MEMORY:-1}" != 0 ]; then
	echo
	echo "================================ memory ================================"
	bash test/bench-memory.sh
	so_check "the end of the memory run"
fi
echo
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

