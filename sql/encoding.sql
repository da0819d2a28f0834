-- A database that is not UTF8 gets a clear error, not mangled text.
SET client_min_messages = warning;
CREATE DATABASE indnews_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c indnews_latin1
SET client_min_messages = warning;
CREATE EXTENSION indnews;
\set VERBOSITY default
SELECT indnews.to_simplified('abc');
SELECT indnews.normalize('abc');
SELECT indnews.script('abc');
-- every other function taking text: the same error (SQLSTATE 0A000)
\set VERBOSITY sqlstate
SELECT indnews.to_traditional('abc');
SELECT indnews.strip_pinyin('abc');
SELECT indnews.parse_number('12');
SELECT indnews.parse_quantity('12 t');
SELECT * FROM indnews.quantities('12 t');
SELECT indnews.parse_period('2023');
SELECT * FROM indnews.periods('2023');
SELECT indnews.damage('abc');
SELECT indnews.repair('abc');
SELECT * FROM indnews.repairs('abc');
SELECT indnews.parse_article('abc');
SELECT * FROM indnews.regions('abc');
SELECT * FROM indnews.extract_metrics('abc');
SELECT * FROM indnews.extract_metrics('abc', NULL, NULL, '{}', '{}');
SELECT * FROM indnews.extract_metrics_user('abc');
SELECT indnews.metric_value('abc', 'x', 'value');
\set VERBOSITY default
-- the gazetteer table is left empty rather than filled with mangled names
SELECT count(*) AS divisions FROM indnews.division;
\c contrib_regression
DROP DATABASE indnews_latin1;
