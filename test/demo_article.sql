-- demo_article.sql: the article layer on the seed documents.  Run after
-- the seeds are loaded into raw_documents (test/load-folder.sh), e.g. from
-- test/demo.sql with \ir demo_article.sql.
\pset footer off
-- dates are shown in China time, where the articles were published
SET timezone = 'Asia/Shanghai';

\echo
\echo '== parse_article: every field but the body =='
\x on
SELECT d.name AS seed, a.title, a.published, a.source, a.authors, a.url,
       a.categories, a.tags, a.script,
       char_length(a.body) AS body_chars,
       array_length(regexp_split_to_array(a.body, E'\n'), 1) AS paragraphs,
       left(a.body, 40) AS body_start
FROM raw_documents d, indnews.parse_article(d.body) a
ORDER BY d.name;
\x off

\echo
\echo '== damage: zero on clean documents, non-zero on the mirror''s =='
SELECT d.name AS seed, g.*
FROM raw_documents d, indnews.damage(d.body) g
ORDER BY d.name;

\echo
\echo '== repairs: what repair() changes (confidence 0: lost, left as "?") =='
SELECT d.name AS seed, r.start, r."end",
       replace(r.before, U&'\00A0', '<nbsp>') AS before,
       replace(r.after, U&'\00A0', '<nbsp>') AS after, r.confidence
FROM raw_documents d, indnews.repairs(d.body) r
ORDER BY d.name, r.start;

\echo
\echo '== The mirror seeds repaired, glosses stripped: the damaged sentences =='
SELECT name AS seed, btrim(s.sentence, U&' \00A0\2022') AS sentence
FROM raw_documents d,
     regexp_split_to_table(indnews.strip_pinyin(indnews.repair(d.body)), '[,。\n]') AS s(sentence)
WHERE indnews.repair(d.body) <> d.body
  AND (s.sentence ~ '可\?\?' OR s.sentence ~ '日報')
ORDER BY name;

\echo
\echo '== A view of parsed articles =='
-- LATERAL calls parse_article once a row; (parse_article(body)).* would
-- call it once per column.
CREATE OR REPLACE VIEW articles AS
SELECT d.name, a.*
FROM raw_documents d CROSS JOIN LATERAL indnews.parse_article(d.body) a;
SELECT name, source, authors, published::date AS day, left(body, 24) AS body_start
FROM articles ORDER BY name;
