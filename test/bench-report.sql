-- bench-report.sql: print one table's results (psql -v tbl=TABLE) from
-- bench_result, filled by bench.sql and bench-run.sh in the same run.
-- × floor: the time per megabyte over the scan floor's time per megabyte
-- on the same text (for translate(), its 1 MB subset's own floor).
\pset footer off
SELECT count(*) AS rows, round(sum(octet_length(body)) / 1e6, 1) AS mb FROM :tbl \gset
\echo
\echo :tbl ':' :rows 'rows,' :mb 'MB of text'
WITH f AS (
	SELECT what, ms / mb AS ms_per_mb FROM bench_result
	WHERE tbl = :'tbl' AND what IN ('scan floor: sum(length(body))', 'scan floor of the 1 MB subset')
)
SELECT substr(r.kind, 3) AS kind,
       r.what AS function,
       round(r.mb, 1) AS "MB",
       round(r.ms::numeric) AS ms,
       round(r.mb / (r.ms::numeric / 1000), CASE WHEN r.mb / (r.ms::numeric / 1000) < 10 THEN 2 ELSE 0 END) AS "MB/s",
       round(((r.ms / r.mb) / CASE WHEN r.what LIKE 'translate%' OR r.what LIKE '%of the 1 MB subset'
                                   THEN fs.ms_per_mb ELSE ff.ms_per_mb END)::numeric, 2) AS "× floor",
       r.result AS "rows out"
FROM bench_result r,
     (SELECT ms_per_mb FROM f WHERE what LIKE 'scan floor:%') ff,
     (SELECT ms_per_mb FROM f WHERE what LIKE '%subset') fs
WHERE r.tbl = :'tbl'
ORDER BY r.kind, r.ms / r.mb;

\echo 'extract_metrics throughput (' :tbl ')'
SELECT round(:rows / (ms / 1000)) AS "rows/s",
       round(result / (ms / 1000)) AS "metrics/s",
       result AS metrics, :rows AS rows,
       round((ms / 1000)::numeric, 2) AS s
FROM bench_result WHERE tbl = :'tbl' AND what = 'extract_metrics';
