-- demo_metrics.sql: the numbers layer and the metrics of the seeds.  Run
-- after the seeds are loaded into raw_documents, from test/demo.sql.
\pset footer off

\echo
\echo '== quantities and periods in one sentence of seed 001 =='
SELECT span, kind, value, unit, base_value, base_unit, qualifier
FROM indnews.quantities('今年1至11月，全市規模工業增加值同比增長8.4%，比全省平均增速高1.1個百分點，排全省第2位。完成工業投資1218.56億元。');
SELECT span, period_start, period_end
FROM indnews.periods('今年1至11月，全市規模工業增加值同比增長8.4%', DATE '2022-12-20');

\echo
\echo '== The metrics of the seeds (published date from parse_article; home city inferred) =='
SELECT left(d.name, 3) AS seed, m.indicator, m.subject, m.measure, m.value, m.unit,
       m.base_value, m.base_unit, m.qualifier, m.period_label,
       m.period_start, m.period_end, m.region, m.scope, m.is_target
FROM raw_documents d,
     indnews.parse_article(d.body) a,
     indnews.extract_metrics(d.body, (a.published AT TIME ZONE 'Asia/Shanghai')::date) m
ORDER BY d.name, m.span_start;
