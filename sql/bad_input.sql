-- Large and hostile input: linear time, no crash.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;

-- 8 MB of text in one value, every function
SELECT length(indnews.to_simplified(repeat('規模工業增加值同比增長8.4%，', 300000))) AS t2s_len,
       length(indnews.to_traditional(repeat('规模工业增加值同比增长8.4%，', 300000))) AS s2t_len,
       length(indnews.normalize(repeat('來(lái)源? ? ?　１２', 400000))) AS normalize_len,
       length(indnews.strip_pinyin(repeat('來(lái)', 1000000))) AS strip_len,
       indnews.script(repeat('國', 3000000)) AS script;

-- pathological shapes: open parentheses without end, '?' runs, lone bytes
-- of punctuation
SELECT length(indnews.strip_pinyin(repeat('來(', 500000))) AS open_parens,
       length(indnews.normalize(repeat('? ', 500000))) AS question_runs,
       length(indnews.normalize(repeat('??', 500000))) AS question_clusters,
       length(indnews.normalize(repeat(E'\r\n', 500000))) AS newlines;

-- the numbers and metric layers on large and degenerate input: linear, a
-- documented result (a run of 一 is no number: no row)
SELECT count(*) AS quantities_in_a_megabyte_of_yi FROM indnews.quantities(repeat('一', 1000000));
SELECT count(*) AS periods_in_repeated_months FROM indnews.periods(repeat('1至11月，', 100000), DATE '2023-01-01');
SELECT count(*) AS metrics, count(DISTINCT indicator) AS indicators
FROM indnews.extract_metrics(repeat('全市规模工业增加值同比增长8.4%，排全省第2位。', 20000), DATE '2023-12-31', '郴州市');
SELECT count(*) AS metrics_in_one_long_sentence
FROM indnews.extract_metrics(repeat('增长8.4%，', 20000));
-- a megabyte without a full stop: sentences are cut at clause boundaries
-- after 1,000 characters, which keeps the work linear
SELECT count(*) AS metrics_without_full_stops
FROM indnews.extract_metrics(repeat('全市规模工业增加值同比增长8.4%，', 40000));
