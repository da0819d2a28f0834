#!/bin/bash
# bench-memory.sh: the backend's memory while one query runs
# extract_metrics over 10,000, 100,000 and 1,000,000 rows.
#
# The rows (table mem_rows, made once) are the paragraphs of the five seeds
# that hold a digit, cycled: short documents, every one a real extraction.
# Each size runs in a new connection:
#
#   SELECT count(*), count(m.indicator), sum(m.base_value)     (metrics, with indicator)
#   FROM mem_rows r, LATERAL indnews.extract_metrics(r.body) m WHERE r.id <= N
#
# (Memoize off, or the planner would cache the rows of each distinct
# paragraph and call the function 34 times in all) while a sampler reads /proc/<backend pid>/status every 20 ms.  Reported:
# RssAnon (the backend's private memory: palloc'd memory, the extension's
# lazily built tables) before the query and its peak during it; VmHWM (peak
# resident set of the backend's life, which also counts the shared buffers
# it touched, so it grows with the table read, not with the extension);
# and RssShmem at the end.
#
# Run by test/bench.sh inside its cluster, or by hand:
# test/bench-memory.sh (starts its own throwaway cluster; the extension
# must be installed).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${INDNEWS_BENCH_CLUSTER:-}" ]; then
	export INDNEWS_BENCH_CLUSTER=1
	exec pg_virtualenv -t -v 15 -o shared_buffers=1GB bash -c 'psql -X -q -c "CREATE EXTENSION indnews" && bash test/bench-memory.sh'
fi
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
work=$(mktemp -d /tmp/indnews-mem.XXXXXX)
trap 'rm -rf "$work"' EXIT

[ "$(command psql -X -A -t -c "SELECT to_regclass('raw_documents') IS NOT NULL")" = t ] ||
	test/load-folder.sh seeds raw_documents
psql <<'SQL'
DROP TABLE IF EXISTS mem_rows;
CREATE TEMP TABLE paras AS
SELECT row_number() OVER (ORDER BY d.name, l.k) - 1 AS n, l.p AS body
FROM raw_documents d,
     LATERAL regexp_split_to_table((indnews.parse_article(d.body)).body, E'\n') WITH ORDINALITY l(p, k)
WHERE l.p ~ '[0-9]' AND length(l.p) BETWEEN 10 AND 1000;
CREATE TABLE mem_rows AS
SELECT g AS id, p.body
FROM generate_series(1, 1000000) g JOIN paras p ON p.n = g % (SELECT count(*) FROM paras);
VACUUM ANALYZE mem_rows;
SQL
command psql -X -A -t -F ' ' -c "SELECT 'mem_rows: ' || count(*) || ' rows of ' || (SELECT count(*) FROM raw_documents) || ' seeds'' ' || count(DISTINCT body) || ' paragraphs, ' || round(avg(length(body))) || ' characters a row on average, ' || pg_size_pretty(pg_table_size('mem_rows'))  FROM mem_rows"

field() { awk -v f="$1:" '$1 == f {print $2}' "/proc/$2/status"; }

printf '%10s %9s %9s %8s %14s %14s %10s %12s\n' rows metrics "with ind." s "RssAnon before" "RssAnon peak" VmHWM "RssShmem end"
for n in 10000 100000 1000000; do
	rm -f "$work"/*
	# the sampler: waits for the backend's pid, notes the baseline, then
	# polls until told the query is over, and reads VmHWM last
	(
		while [ ! -s "$work/pid" ]; do sleep 0.01; done
		pid=$(tr -dc 0-9 < "$work/pid")
		base=$(field RssAnon "$pid")
		peak=$base
		touch "$work/ready"
		while [ ! -e "$work/done" ]; do
			a=$(field RssAnon "$pid")
			[ "$a" -gt "$peak" ] && peak=$a
			sleep 0.02
		done
		echo "$base $peak $(field VmHWM "$pid") $(field RssShmem "$pid")" > "$work/mem"
		touch "$work/sampled"
	) &
	sampler=$!
	psql -A -t <<SQL > "$work/out"
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET enable_memoize = off;
\o $work/pid
SELECT pg_backend_pid();
\o
\! while [ ! -e $work/ready ]; do sleep 0.01; done
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
SELECT count(*) AS metrics, count(m.indicator) AS named, sum(m.base_value) FROM mem_rows r, LATERAL indnews.extract_metrics(r.body) m WHERE r.id <= $n \gset
SELECT :metrics, :named, round((extract(epoch FROM clock_timestamp()) - :t0)::numeric, 1) AS s;
\! touch $work/done; while [ ! -e $work/sampled ]; do sleep 0.01; done
SQL
	wait "$sampler"
	read -r metrics named secs < <(tr '|' ' ' < "$work/out")
	read -r base peak hwm shm < "$work/mem"
	printf '%10d %9d %9d %8s %11d kB %11d kB %7d kB %9d kB\n' "$n" "$metrics" "$named" "$secs" "$base" "$peak" "$hwm" "$shm"
done
