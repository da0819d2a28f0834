-- demo.sql: what indnews makes of the seed documents.  Run by test/demo.sh
-- after the seeds are loaded into raw_documents.
\pset footer off
CREATE EXTENSION IF NOT EXISTS indnews;

\echo
\echo '== Script and normal form of each seed =='
SELECT name AS seed,
       indnews.script(body) AS script,
       length(body) AS chars,
       left(replace(indnews.normalize(body), E'\n', ' / '), 60) AS normalized_start
FROM raw_documents ORDER BY name;

\echo
\echo '== The mirror-site damage, stripped by normalize() =='
SELECT name AS seed,
       left(replace(body, E'\n', ' / '), 40) AS raw_start,
       left(replace(indnews.normalize(body), E'\n', ' / '), 40) AS normalized_start
FROM raw_documents WHERE indnews.strip_pinyin(body) <> body ORDER BY name;
\ir demo_article.sql
\ir demo_metrics.sql
