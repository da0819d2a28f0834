-- bench.sql: time every indnews text function, and what a user would
-- otherwise write in SQL, over one table of news text (psql -v tbl=TABLE
-- -v runs=N); results go to bench_result, printed by bench-report.sql.
-- Run by test/bench-run.sh; one backend, parallel query off, JIT off, and
-- Memoize off: the tables repeat their source, and the planner would
-- otherwise cache an IMMUTABLE set-returning function's rows per distinct
-- body and call it once per distinct text, not once per row.
--
-- A text function is timed as SELECT sum(octet_length(f(body))): the
-- octet_length of a freshly made value costs nothing, so the query is the
-- floor's reading of the text plus f itself.  Composite results are
-- counted (count(f(body)) evaluates f once); set-returning functions as
-- count(*) over LATERAL.  The scan floor is SELECT sum(length(body)): the
-- least any query that looks at every character pays.
--
-- translate() runs on the table's 1 MB subset TABLE_sub (see bench-run.sh)
-- and once: its time grows with the length of its map.
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET enable_memoize = off;

-- best of runs, into bench_result; %1$s in q is the table
CREATE FUNCTION pg_temp.bench(tbl text, kind text, what text, q text, runs int)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	best float8 := 'infinity';
	t0 timestamptz;
	r bigint;
	mb numeric;
BEGIN
	EXECUTE format('SELECT sum(octet_length(body)) / 1e6 FROM %s', tbl) INTO mb;
	FOR i IN 1 .. runs LOOP
		t0 := clock_timestamp();
		EXECUTE format(q, tbl) INTO r;
		best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
	INSERT INTO bench_result (tbl, kind, what, mb, ms, result, runs)
	VALUES (tbl, kind, what, mb, best, r, runs);
END $$;

-- The full traditional-to-simplified single-character map, taken from the
-- extension itself: every code point of the CJK blocks (URO, Extension A,
-- compatibility ideographs, Extensions B-G) that to_simplified() changes
-- into one other character.  translate() has no phrases (乾隆 stays 乾隆
-- with to_simplified, becomes 干隆 here) and no one-to-many characters.
SELECT string_agg(chr(cp), '' ORDER BY cp) AS t2s_from,
       string_agg(indnews.to_simplified(chr(cp)), '' ORDER BY cp) AS t2s_to,
       count(*) AS t2s_chars
FROM (SELECT generate_series(lo, hi) AS cp
      FROM (VALUES (x'3400'::int, x'4DBF'::int), (x'4E00'::int, x'9FFF'::int),
                   (x'F900'::int, x'FAFF'::int), (x'20000'::int, x'3134F'::int)) b(lo, hi)) c
WHERE indnews.to_simplified(chr(cp)) <> chr(cp)
  AND length(indnews.to_simplified(chr(cp))) = 1 \gset

-- the main metric phrases, both scripts: growth and decline in percent,
-- amounts in 亿元 and 万元
\set metric_re '(同比增长|同比增長|同比下降|增长|增長|下降)(-?[0-9]+(\\.[0-9]+)?)[%％]|([0-9]+(\\.[0-9]+)?)(亿元|億元|万元|萬元)'

\o /dev/null
SELECT pg_temp.bench(:'tbl', kind, what, q, r) FROM (VALUES
	('0 floor', 'scan floor: sum(length(body))', 'SELECT sum(length(body)) FROM %1$s', :runs),
	('0 floor', 'read only: sum(octet_length(body || ''''))', 'SELECT sum(octet_length(body || '''')) FROM %1$s', :runs),
	('1 indnews', 'to_simplified', 'SELECT sum(octet_length(indnews.to_simplified(body))) FROM %1$s', :runs),
	('1 indnews', 'to_traditional', 'SELECT sum(octet_length(indnews.to_traditional(body))) FROM %1$s', :runs),
	('1 indnews', 'strip_pinyin', 'SELECT sum(octet_length(indnews.strip_pinyin(body))) FROM %1$s', :runs),
	('1 indnews', 'normalize', 'SELECT sum(octet_length(indnews.normalize(body))) FROM %1$s', :runs),
	('1 indnews', 'script', 'SELECT count(indnews.script(body)) FROM %1$s', :runs),
	('1 indnews', 'quantities', 'SELECT count(*) FROM %1$s, LATERAL indnews.quantities(body)', :runs),
	('1 indnews', 'periods', 'SELECT count(*) FROM %1$s, LATERAL indnews.periods(body)', :runs),
	('1 indnews', 'parse_article', 'SELECT count(indnews.parse_article(body)) FROM %1$s', :runs),
	('1 indnews', 'damage', 'SELECT count(indnews.damage(body)) FROM %1$s', :runs),
	('1 indnews', 'repair', 'SELECT sum(octet_length(indnews.repair(body))) FROM %1$s', :runs),
	('1 indnews', 'repairs', 'SELECT count(*) FROM %1$s, LATERAL indnews.repairs(body)', :runs),
	('1 indnews', 'regions', 'SELECT count(*) FROM %1$s, LATERAL indnews.regions(body)', :runs),
	('1 indnews', 'extract_metrics', 'SELECT count(*) FROM %1$s, LATERAL indnews.extract_metrics(body)', :runs),
	('1 indnews', 'extract_metrics_user', 'SELECT count(*) FROM %1$s, LATERAL indnews.extract_metrics_user(body)', :runs),
	('1 indnews', 'metric_value(body, ''规模以上工业增加值'', ''yoy'')', 'SELECT count(indnews.metric_value(body, ''规模以上工业增加值'', ''yoy'')) FROM %1$s', :runs),
	('2 SQL', 'normalize(body, NFKC)', 'SELECT sum(octet_length(normalize(body, NFKC))) FROM %1$s', :runs),
	('2 SQL', 'regexp_matches(body, <metric phrases>, ''g'')', format('SELECT count(*) FROM %%1$s, LATERAL regexp_matches(body, %s, ''g'')',
		replace(quote_literal(:'metric_re'), '%', '%%')), :runs)
) AS v(kind, what, q, r);

-- translate() on the 1 MB subset, once
SELECT pg_temp.bench(:'tbl' || '_sub', '2 SQL',
	format('translate(body, <%s chars>, <%s chars>) [1 MB subset]', :t2s_chars, :t2s_chars),
	format('SELECT sum(octet_length(translate(body, %L, %L))) FROM %%1$s', :'t2s_from', :'t2s_to'), 1);
-- the subset's own floor, so that translate's × floor compares like with like
SELECT pg_temp.bench(:'tbl' || '_sub', '0 floor', 'scan floor of the 1 MB subset',
	'SELECT sum(length(body)) FROM %1$s', :runs);
UPDATE bench_result SET tbl = :'tbl' WHERE tbl = :'tbl' || '_sub';
\o
