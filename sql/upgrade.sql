-- Install scripts and upgrades: an old version updated with ALTER EXTENSION
-- UPDATE answers as before, and reaches the same extension as a fresh
-- install of the default version.
SET client_min_messages = warning;
SET datestyle = ISO;
DROP EXTENSION IF EXISTS indnews CASCADE;

CREATE TEMP TABLE sample (s text);
INSERT INTO sample VALUES
	('1至11月，郴州市規模工業增加值同比增長８．４％，排全省第2位。'),
	('來(lái)源：梧州日報　全市工业投资1218.56亿元，同比增长24.0%。'),
	('力争2024年全市规上工业企业达到1500家以上，比上年增加107家。');

-- 0.1.0: the normalization functions
CREATE EXTENSION indnews VERSION '0.1.0';
CREATE TEMP TABLE answers_010 AS
SELECT s, indnews.to_simplified(s) AS t2s, indnews.to_traditional(s) AS s2t,
	   indnews.strip_pinyin(s) AS strip, indnews.normalize(s) AS norm,
	   indnews.script(s) AS script
FROM sample;
ALTER EXTENSION indnews UPDATE TO '0.2.0';
ALTER EXTENSION indnews UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'indnews';
-- the same answers after the update: no row differs
SELECT count(*) AS differing_after_update FROM (
	(SELECT * FROM answers_010
	 EXCEPT
	 SELECT s, indnews.to_simplified(s), indnews.to_traditional(s),
			indnews.strip_pinyin(s), indnews.normalize(s), indnews.script(s)
	 FROM sample)
	UNION ALL
	(SELECT s, indnews.to_simplified(s), indnews.to_traditional(s),
			indnews.strip_pinyin(s), indnews.normalize(s), indnews.script(s)
	 FROM sample
	 EXCEPT
	 SELECT * FROM answers_010)) d;
CREATE TEMP TABLE upgraded AS
SELECT p.oid::regprocedure::text AS fn, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'indnews';
DROP EXTENSION indnews;

-- 0.5.0 to the default version (0.6.0 changed the catalog, 0.7.0 only the
-- library): every function answers as before, and the SQL-language
-- functions can no longer be captured by an aggregate on the caller's
-- search_path (0.5.0 parsed their bodies at call time)
CREATE EXTENSION indnews VERSION '0.5.0';
INSERT INTO indnews.user_indicator VALUES ('光伏組件', '光伏组件产量');
CREATE TEMP VIEW answers AS
SELECT s, indnews.to_simplified(s) AS t2s, indnews.normalize(s) AS norm,
	   indnews.parse_number('一千二百一十八点五六') AS num,
	   indnews.parse_quantity('1218.56亿元')::text AS quantity,
	   (SELECT string_agg(q::text, ';') FROM indnews.quantities(s) q) AS quantities,
	   (SELECT string_agg(p::text, ';') FROM indnews.periods(s, DATE '2023-12-31') p) AS periods,
	   indnews.damage(s)::text AS damage, indnews.repair(s) AS repair,
	   indnews.parse_article(s)::text AS article,
	   (SELECT string_agg(r::text, ';') FROM indnews.regions(s) r) AS regions,
	   (SELECT string_agg(m::text, ';') FROM indnews.extract_metrics(s, DATE '2023-12-31') m) AS metrics,
	   (SELECT string_agg(m::text, ';') FROM indnews.extract_metrics_user(s, DATE '2023-12-31') m) AS metrics_user,
	   indnews.metric_value(s, '工业投资', 'value') AS value
FROM sample;
CREATE TEMP TABLE answers_050 AS SELECT * FROM answers;
CREATE SCHEMA regress_plant;
CREATE FUNCTION regress_plant.grab(text[], text) RETURNS text[]
LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'captured'; END $$;
CREATE AGGREGATE regress_plant.array_agg(text) (sfunc = regress_plant.grab, stype = text[]);
SET search_path = regress_plant, pg_catalog;
SELECT count(*) FROM indnews.extract_metrics_user('全市光伏组件产量同比增长12.5%。');
RESET search_path;
ALTER EXTENSION indnews UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'indnews';
SET search_path = regress_plant, pg_catalog;
SELECT count(*) AS metrics_with_plant FROM indnews.extract_metrics_user('全市光伏组件产量同比增长12.5%。');
RESET search_path;
DROP SCHEMA regress_plant CASCADE;
SELECT count(*) AS answers, count(metrics) AS with_metrics FROM answers_050;
SELECT count(*) AS differing_after_update FROM (
	(SELECT * FROM answers_050 EXCEPT SELECT * FROM answers)
	UNION ALL
	(SELECT * FROM answers EXCEPT SELECT * FROM answers_050)) d;
DROP VIEW answers;
DROP EXTENSION indnews;

-- a fresh install of the default version has the same functions
CREATE EXTENSION indnews;
CREATE TEMP TABLE fresh AS
SELECT p.oid::regprocedure::text AS fn, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'indnews';
-- no difference either way
(SELECT * FROM upgraded EXCEPT SELECT * FROM fresh)
UNION ALL
(SELECT * FROM fresh EXCEPT SELECT * FROM upgraded);
-- every function: volatility (i = immutable, s = stable), parallel safety
-- (s = safe), strictness
SELECT fn, provolatile, proparallel, proisstrict FROM fresh ORDER BY fn;
