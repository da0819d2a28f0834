-- Hostile input: every function on the same list of inputs.  Each answer
-- is the documented one (README, "Hostile input"): a value, NULL, no rows,
-- or an error with its SQLSTATE; never a crash.  Outputs are summarised
-- (lengths, counts, first characters), since some inputs are megabytes.
SET client_min_messages = warning;
SET datestyle = ISO;
CREATE EXTENSION IF NOT EXISTS indnews;

CREATE TEMP TABLE hostile (id int PRIMARY KEY, label text, input text);
INSERT INTO hostile VALUES
	(1, 'NULL', NULL),
	(2, 'empty', ''),
	(3, 'whitespace only', E' \t\r\n\u3000\u00a0\u2003'),
	(4, '1 MB of 一', repeat('一', 349526)),
	(5, '10 MB of mixed text', repeat(E'<p>規模以上工業增加值同比增長８．４％，來(lái)源：郴州日報 ? ? ? ? 1至11月全市工业投资1218.56亿元，排全省第2位 😀 A股</p>\n', 60000)),
	(6, 'U+FFFD runs', repeat(U&'\FFFD', 10000) || '。全市规模工业增加值同比增长8.4%' || repeat(U&'\FFFD\FFFD ', 1000)),
	(7, 'astral-plane characters', repeat(U&'\+01F600\+020000\+02A6A5\+02F800', 2500) || '。𠮷全市规模工业增加值同比增长8.4%'),
	(8, 'lone combining marks', U&'\0301\0308' || repeat(U&'\0301', 10000) || '。全市规模工业增加值同比增长8.4%' || U&'\0308'),
	(9, '10,000 nested parentheses', repeat('(', 10000) || '全市规模工业增加值同比增长8.4%' || repeat(')', 10000)),
	(10, '10,000 pinyin glosses', repeat('來(lái)源(yuán)', 5000)),
	(11, '1,000-digit number', repeat('9', 1000)),
	(12, '140,000-digit number', repeat('9', 140000)),
	(13, '10^80000 in 亿', '1' || repeat('亿', 10000)),
	(14, 'exponent beyond numeric', '1e999999');

SELECT id, label, octet_length(input) AS bytes, length(input) AS chars FROM hostile ORDER BY id;

-- normalization: the same number of characters or fewer (glosses go,
-- spaces are tidied); script() names the script
SELECT id,
	   length(indnews.to_simplified(input)) AS t2s,
	   length(indnews.to_traditional(input)) AS s2t,
	   length(indnews.strip_pinyin(input)) AS strip,
	   length(indnews.normalize(input)) AS norm,
	   indnews.normalize(input) = indnews.normalize(indnews.normalize(input)) AS idempotent,
	   indnews.script(input) AS script
FROM hostile ORDER BY id;

-- numbers: a value only for a whole number that fits the documented range
-- (60 integer digits, 30 fractional); otherwise NULL
SELECT id,
	   left(indnews.parse_number(input)::text, 20) AS number,
	   (indnews.parse_quantity(input)).kind AS quantity_kind,
	   (SELECT count(*) FROM indnews.quantities(input)) AS quantities,
	   indnews.parse_period(input, DATE '2023-12-31') AS period,
	   (SELECT count(*) FROM indnews.periods(input, DATE '2023-12-31')) AS periods
FROM hostile ORDER BY id;

-- articles and damage
SELECT id,
	   left((indnews.parse_article(input)).title, 12) AS title,
	   length((indnews.parse_article(input)).body) AS body,
	   (indnews.damage(input)).glosses AS glosses,
	   (indnews.damage(input)).lost_chars AS lost,
	   round((indnews.damage(input)).score::numeric, 3) AS score,
	   length(indnews.repair(input)) AS repaired,
	   (SELECT count(*) FROM indnews.repairs(input)) AS repairs
FROM hostile ORDER BY id;

-- regions and metrics
SELECT id,
	   (SELECT count(*) FROM indnews.regions(input)) AS regions,
	   (SELECT count(*) FROM indnews.extract_metrics(input, DATE '2023-12-31')) AS metrics,
	   (SELECT count(*) FROM indnews.extract_metrics(input, NULL, '郴州市',
			ARRAY['來源'], ARRAY['来源'])) AS metrics_user_arrays,
	   (SELECT count(*) FROM indnews.extract_metrics_user(input)) AS metrics_user,
	   indnews.metric_value(input, '规模以上工业增加值', 'yoy') AS value_yoy
FROM hostile ORDER BY id;

-- NULL in the other arguments: a NULL date or home region means unknown
SELECT count(*) AS metrics_null_context
FROM indnews.extract_metrics('1至11月，全市规模工业增加值同比增长8.4%。', NULL, NULL);
SELECT count(*) AS metrics_null_arrays
FROM indnews.extract_metrics('全市规模工业增加值同比增长8.4%。', NULL, NULL, NULL, NULL);
SELECT indnews.parse_period('1至11月', NULL) AS period_without_reference;

-- reference dates that are infinite or outside the years 1..9999 are
-- unknown: the period keeps its label but has no dates
SELECT d AS published, m.period_label, m.period_start, m.period_end
FROM unnest(ARRAY['infinity', '-infinity', '4713-01-01 BC', '5874897-12-31', '9999-12-31']::date[]) d,
	 indnews.extract_metrics('今年1至11月，全市规模工业增加值同比增长8.4%。', d) m;
SELECT indnews.parse_period('去年', 'infinity') AS infinite_ref,
	   indnews.parse_period('明年', '9999-06-01') AS year_10000,
	   indnews.parse_period('去年', '0001-06-01') AS year_0;

-- errors, each with its SQLSTATE
\set VERBOSITY sqlstate
SELECT * FROM indnews.extract_metrics('增长8.4%', NULL, NULL, ARRAY['a', 'b'], ARRAY['x']);
SELECT * FROM indnews.extract_metrics('增长8.4%', NULL, NULL, ARRAY[['a']], ARRAY[['x']]);
\set VERBOSITY default

-- Cancellation: statement_timeout stops a long call inside the function.
-- The 60 MB value is stored uncompressed, so the work that the timeout
-- interrupts is the function's own; "finished" would mean the call ignored
-- it.  Each call would take well over a second to complete.
CREATE TEMP TABLE big (body text);
ALTER TABLE big ALTER COLUMN body SET STORAGE EXTERNAL;
INSERT INTO big SELECT repeat('規模工業增加值同比增長８．４％，全市工业投资1218.56亿元。', 2000000);
CREATE FUNCTION pg_temp.cancelled(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz := clock_timestamp();
BEGIN
	EXECUTE q;
	RETURN 'finished';
EXCEPTION WHEN query_canceled THEN
	RETURN CASE WHEN clock_timestamp() - t0 < interval '1 s'
		THEN 'cancelled within 1 s' ELSE 'cancelled late' END;
END $$;
SET statement_timeout = '100ms';
SELECT pg_temp.cancelled('SELECT length(indnews.normalize(body)) FROM big') AS normalize;
SELECT pg_temp.cancelled('SELECT length(indnews.to_traditional(body)) FROM big') AS to_traditional;
SELECT pg_temp.cancelled('SELECT count(*) FROM big, indnews.quantities(body)') AS quantities;
SELECT pg_temp.cancelled('SELECT count(*) FROM big, indnews.regions(body)') AS regions;
SELECT pg_temp.cancelled('SELECT length((indnews.parse_article(body)).body) FROM big') AS parse_article;
SELECT pg_temp.cancelled('SELECT length(indnews.repair(body)) FROM big') AS repair;
SELECT pg_temp.cancelled('SELECT count(*) FROM big, indnews.extract_metrics(body)') AS extract_metrics;
RESET statement_timeout;
DROP TABLE big;

-- Random text at the SQL level: 3,000 strings drawn (with a fixed seed)
-- from the characters that drive the scanners.  Every offset a function
-- returns must lie inside its argument and its span must be the argument's
-- text there; counted are the rows that break this (0 expected).
SELECT setseed(0.4242);
CREATE TEMP TABLE rnd AS
SELECT g AS id,
	   (SELECT string_agg(substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1), '' ORDER BY i)
		FROM generate_series(1, 1 + (g % 97)) i) AS s
FROM generate_series(1, 3000) g,
	 LATERAL (SELECT '0123456789.,%-+ 　一二三十百千万亿億兩两零年月日至第位倍成增长長下降同比全市省郴州市南京县工业投资元吨千瓦家个(（)）來(lái)源?？' || U&'\FFFD\0301' || '😀𠮷' || E'\n。，、' || g::text AS alphabet) a;
SELECT count(*) AS strings, sum(length(s)) AS characters FROM rnd;
SELECT
	(SELECT count(*) FROM rnd, indnews.quantities(s) q
	 WHERE NOT (q.start >= 0 AND q.start < q."end" AND q."end" <= length(s)
				AND substr(s, q.start + 1, q."end" - q.start) = q.span)) AS bad_quantities,
	(SELECT count(*) FROM rnd, indnews.periods(s, DATE '2023-12-31') p
	 WHERE NOT (p.start >= 0 AND p.start < p."end" AND p."end" <= length(s)
				AND substr(s, p.start + 1, p."end" - p.start) = p.span
				AND (p.period_start IS NULL OR p.period_start <= p.period_end))) AS bad_periods,
	(SELECT count(*) FROM rnd, indnews.regions(s) r
	 WHERE NOT (r.start >= 0 AND r.start < r."end" AND r."end" <= length(s)
				AND substr(s, r.start + 1, r."end" - r.start) = r.span)) AS bad_regions,
	(SELECT count(*) FROM rnd, indnews.repairs(s) r
	 WHERE NOT (r.start >= 0 AND r.start <= r."end" AND r."end" <= length(s))) AS bad_repairs,
	(SELECT count(*) FROM rnd, indnews.extract_metrics(s, DATE '2023-12-31') m
	 WHERE NOT (m.span_start >= 0 AND m.span_start <= m.span_end AND m.span_end <= length(s)
				AND position(m.sentence IN s) > 0)) AS bad_metrics,
	(SELECT count(*) FROM rnd
	 WHERE indnews.normalize(indnews.normalize(s)) <> indnews.normalize(s)
		OR indnews.to_simplified(indnews.to_simplified(s)) <> indnews.to_simplified(s)
		OR length(indnews.strip_pinyin(s)) > length(s)) AS bad_texts;
SELECT (SELECT count(*) FROM rnd, indnews.quantities(s)) AS quantities,
	   (SELECT count(*) FROM rnd, indnews.periods(s)) AS periods,
	   (SELECT count(*) FROM rnd, indnews.regions(s)) AS regions,
	   (SELECT count(*) FROM rnd, indnews.extract_metrics(s)) AS metrics;
