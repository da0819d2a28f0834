-- bench-scalar.sql: the scalar parsers parse_number, parse_quantity and
-- parse_period, which take one short phrase, not an article: timed per
-- call over a million short strings (column n numbers, q quantities,
-- p periods; each cycles through a list of typical forms), against the
-- floor sum(length(column)) over the same column.  Best of :runs.
-- data_versions() takes no input and is not timed.
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET enable_memoize = off;

CREATE TABLE bench_short AS
SELECT (ARRAY['8.4', '1,218.56', '一万零十二', '三千二百万', '4.78万亿', '百分之八点四',
              '２６８', '負3.2', '九百九', '2千零30万'])[1 + g % 10] AS n,
       (ARRAY['356.2亿元', '12.5%', '8.4个百分点', '5万吨', '约300亩', '1.2万千瓦',
              '超过100家', '268億元', '第2位', '3至5万吨'])[1 + g % 10] AS q,
       (ARRAY['1至11月', '2021年', '一季度', '前三季度', '上半年', '1-10月份',
              '今年', '截至11月末', '12月份', '去年'])[1 + g % 10] AS p
FROM generate_series(1, 1000000) g;
VACUUM ANALYZE bench_short;

\ir bench-common.sql

CREATE TABLE bench_scalar AS
SELECT what, col, pg_temp.best_ms(q, :runs) AS ms FROM (VALUES
	('floor: sum(length(n))', 'n', 'SELECT sum(length(n)) FROM bench_short'),
	('parse_number(n)', 'n', 'SELECT count(indnews.parse_number(n)) FROM bench_short'),
	('floor: sum(length(q))', 'q', 'SELECT sum(length(q)) FROM bench_short'),
	('parse_quantity(q)', 'q', 'SELECT count(indnews.parse_quantity(q)) FROM bench_short'),
	('floor: sum(length(p))', 'p', 'SELECT sum(length(p)) FROM bench_short'),
	('parse_period(p, ''2022-12-20'')', 'p', 'SELECT count(indnews.parse_period(p, ''2022-12-20'')) FROM bench_short')
) v(what, col, q);

CREATE VIEW bench_scalar_report AS
SELECT s.what AS "scalar parser (10^6 calls)", round(s.ms::numeric) AS ms,
       round(1e6 / (s.ms::numeric / 1000)) AS "calls/s",
       round((s.ms / f.ms)::numeric, 2) AS "× floor"
FROM bench_scalar s JOIN bench_scalar f ON f.col = s.col AND f.what LIKE 'floor%'
ORDER BY s.col, s.ms;
