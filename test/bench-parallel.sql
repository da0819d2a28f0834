-- bench-parallel.sql: the aggregate of extract_metrics over a table
-- (psql -v tbl=TABLE -v runs=N) with max_parallel_workers_per_gather = 0
-- and = 2, planner cost settings left at their defaults: the plans, the
-- workers launched and the best of :runs.  Should the planner not choose a
-- parallel plan by itself (a table under min_parallel_table_scan_size,
-- 8 MB of heap, as the corpus is when not repeated), the script says so and
-- sets min_parallel_table_scan_size = 0 for the second half.  JIT off (its compile time would
-- blur a comparison of seconds); Memoize off (the table repeats its source
-- and the planner would call extract_metrics once per distinct body).
\pset footer off
SET jit = off;
SET enable_memoize = off;
SELECT count(*) AS rows, round(sum(octet_length(body)) / 1e6) AS mb,
       pg_size_pretty(pg_table_size(:'tbl')) AS table_size
FROM :tbl \gset
SELECT current_setting('parallel_setup_cost') AS psc, current_setting('parallel_tuple_cost') AS ptc,
       current_setting('min_parallel_table_scan_size') AS mts, current_setting('max_worker_processes') AS mwp,
       current_setting('max_parallel_workers') AS mpw \gset
\echo :tbl ':' :rows 'rows,' :mb 'MB of text, table' :table_size
\echo 'settings: parallel_setup_cost' :psc ', parallel_tuple_cost' :ptc ', min_parallel_table_scan_size' :mts ', max_worker_processes' :mwp ', max_parallel_workers' :mpw

\ir bench-common.sql

\echo 'the functions: parallel safety (s = PARALLEL SAFE) and COST (in cpu_operator_cost units)'
SELECT CASE p.proparallel WHEN 's' THEN 'PARALLEL SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END AS parallel,
       p.procost AS cost, string_agg(DISTINCT p.proname, ', ') AS functions
FROM pg_proc p WHERE p.pronamespace = 'indnews'::regnamespace AND p.proname <> 'division_rows'
GROUP BY 1, 2 ORDER BY 2 DESC;

\set q 'SELECT m.indicator, count(*) FROM ' :tbl ' b, LATERAL indnews.extract_metrics(b.body) m GROUP BY 1'
\echo 'query:' :q
CREATE TEMP TABLE par_result (workers int, ms float8);

SET max_parallel_workers_per_gather = 0;
\echo
\echo '-- max_parallel_workers_per_gather = 0'
EXPLAIN (COSTS OFF) :q;
INSERT INTO par_result SELECT 0, pg_temp.best_ms(:'q', :runs);
SELECT md5(string_agg(format('%s %s', indicator, count), ',' ORDER BY indicator)) AS serial_md5
FROM (:q) r \gset

CREATE FUNCTION pg_temp.plan(q text) RETURNS SETOF text
LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY EXECUTE 'EXPLAIN (COSTS OFF) ' || q; END $$;

SET max_parallel_workers_per_gather = 2;
SELECT bool_or(p LIKE '%Gather%') AS parallel_by_itself FROM pg_temp.plan(:'q') p \gset
\if :parallel_by_itself
\echo '-- max_parallel_workers_per_gather = 2 (no other setting changed: the planner chose a parallel plan by itself)'
\else
\echo '-- max_parallel_workers_per_gather = 2 gives no parallel plan with the default settings:'
EXPLAIN (COSTS OFF) :q;
SET min_parallel_table_scan_size = 0;
\echo '-- max_parallel_workers_per_gather = 2 and min_parallel_table_scan_size = 0'
\endif
EXPLAIN (COSTS OFF) :q;
\echo '-- max_parallel_workers_per_gather = 2: EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF), for the workers launched'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) :q;
INSERT INTO par_result SELECT 2, pg_temp.best_ms(:'q', :runs);
SELECT md5(string_agg(format('%s %s', indicator, count), ',' ORDER BY indicator)) = :'serial_md5' AS same
FROM (:q) r \gset
\echo 'same result with and without workers:' :same

SELECT workers AS max_parallel_workers_per_gather,
       round(ms::numeric) AS ms,
       round((:mb / (ms / 1000))::numeric) AS "MB/s",
       round(((SELECT ms FROM par_result WHERE workers = 0) / ms)::numeric, 2) AS speedup
FROM par_result ORDER BY workers;
