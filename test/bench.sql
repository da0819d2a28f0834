-- bench.sql: speed of every indnews text function over a table of news
-- text, as a ratio to the scan floor (the time of just reading the text:
-- SELECT sum(length(body))).  Loaded by test/bench.sh; all figures come
-- from one run on one backend, parallel query off.
--
-- A function is timed as SELECT sum(octet_length(f(body))): octet_length of
-- a freshly made value costs nothing, so the query is the floor's reading
-- of the text plus f itself.  (length() would count the characters of the
-- result once more, a second floor.)
\pset footer off
SET max_parallel_workers_per_gather = 0;
SET jit = off;

-- best of :runs runs, in milliseconds
CREATE FUNCTION pg_temp.best_ms(q text, runs int) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	best float8 := 'infinity';
	t0 timestamptz;
BEGIN
	FOR i IN 1 .. runs LOOP
		t0 := clock_timestamp();
		EXECUTE q;
		best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
	RETURN best;
END $$;

CREATE TEMP TABLE bench_result (what text, ms float8);

SELECT count(*) AS rows, pg_size_pretty(sum(octet_length(body))) AS text_size,
       round(sum(octet_length(body)) / 1e6) AS mb
FROM bench \gset
\echo 'table bench:' :rows 'rows,' :text_size 'of text'

INSERT INTO bench_result SELECT w, pg_temp.best_ms(q, :runs) FROM (VALUES
	('scan floor: sum(length(body))', 'SELECT sum(length(body)) FROM bench'),
	('read only: sum(octet_length(body || ''''))', 'SELECT sum(octet_length(body || '''')) FROM bench'),
	('indnews.to_simplified', 'SELECT sum(octet_length(indnews.to_simplified(body))) FROM bench'),
	('indnews.to_traditional', 'SELECT sum(octet_length(indnews.to_traditional(body))) FROM bench'),
	('indnews.strip_pinyin', 'SELECT sum(octet_length(indnews.strip_pinyin(body))) FROM bench'),
	('indnews.normalize', 'SELECT sum(octet_length(indnews.normalize(body))) FROM bench'),
	('indnews.script', 'SELECT count(indnews.script(body)) FROM bench'),
	('indnews.quantities', 'SELECT count(*) FROM bench, LATERAL indnews.quantities(body)'),
	('indnews.periods', 'SELECT count(*) FROM bench, LATERAL indnews.periods(body)'),
	('PostgreSQL normalize(body, NFKC)', 'SELECT sum(octet_length(normalize(body, NFKC))) FROM bench')
) AS v(w, q);

SELECT r.what AS function,
       round(r.ms::numeric, 0) AS ms,
       round((:mb / (r.ms / 1000))::numeric, 0) AS "MB/s",
       round((r.ms / f.ms)::numeric, 2) AS "× floor"
FROM bench_result r, (SELECT ms FROM bench_result WHERE what LIKE 'scan floor%') f
ORDER BY r.ms;
