-- score.sql: score indnews.extract_metrics() against the hand-made gold set in
-- test/gold (sentences.tsv, metrics.tsv).  Run from the repository root:
--   pg_virtualenv -t -v 15 psql -X -v ON_ERROR_STOP=1 -f test/gold/score.sql
-- Matching follows docs/spec section 7: a prediction matches a gold row of the
-- same sentence when indicator (or subject, where the gold indicator is empty),
-- measure, base_value (relative error < 1e-9) and is_target are equal.  One to
-- one, greedy and deterministic: predictions in span order, each takes the
-- first free gold row in file order (preferring one whose period and region
-- also agree).  Period, region, qualifier (and scope) are then accuracies over
-- the matched pairs.
CREATE EXTENSION IF NOT EXISTS indnews;
\set QUIET on
\pset footer off
\pset null ''
SET client_min_messages = warning;

-- ---------------------------------------------------------------- load
CREATE TEMP TABLE gold_sentence (id text PRIMARY KEY, published text, home_region text, text text);
\copy gold_sentence FROM 'test/gold/sentences.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')

-- metrics.tsv starts with '#' comment lines: read whole lines, then split.
CREATE TEMP TABLE gold_line (n serial, line text);
\copy gold_line (line) FROM 'test/gold/metrics.tsv' WITH (FORMAT csv, DELIMITER E'\x02', QUOTE E'\x01')

CREATE TEMP TABLE gold AS
SELECT row_number() OVER (ORDER BY n) AS gn,
       split_part(line, E'\t', 1)                    AS id,
       nullif(split_part(line, E'\t', 2), '')        AS indicator,
       nullif(split_part(line, E'\t', 3), '')        AS subject,
       split_part(line, E'\t', 4)                    AS measure,
       split_part(line, E'\t', 5)::numeric           AS base_value,
       nullif(split_part(line, E'\t', 6), '')        AS qualifier,
       split_part(line, E'\t', 7)::boolean           AS is_target,
       nullif(split_part(line, E'\t', 8), '')::date  AS period_start,
       nullif(split_part(line, E'\t', 9), '')::date  AS period_end,
       nullif(split_part(line, E'\t', 10), '')       AS region,
       nullif(split_part(line, E'\t', 11), '')       AS scope
FROM gold_line
WHERE line IS NOT NULL AND line !~ '^\s*(#|$)' AND line !~ '^id\t';

DO $$
DECLARE bad text;
BEGIN
  SELECT string_agg(DISTINCT g.id, ', ') INTO bad
  FROM gold g LEFT JOIN gold_sentence s USING (id) WHERE s.id IS NULL;
  IF bad IS NOT NULL THEN RAISE EXCEPTION 'metrics.tsv names unknown sentence ids: %', bad; END IF;
END $$;

-- Script of a sentence: traditional when it holds a character that exists only
-- in the traditional script (a fixed list, independent of the extension).
CREATE TEMP TABLE sent AS
SELECT s.id, nullif(s.published, '')::date AS published, nullif(s.home_region, '') AS home_region, s.text,
       CASE WHEN s.text ~ '[舉辦類動場們與將實現經濟產業營總額長貿萬億點擊發佈個區縣規數達計劃劃為爲佔於這時開會資質進較預確爭規條國際價處設單廠車輛輸電術結構兩環網報當級項進內應對導]'
            THEN 'traditional' ELSE 'simplified' END AS script
FROM gold_sentence s;

-- ---------------------------------------------------------------- predict
CREATE TEMP TABLE pred AS
SELECT row_number() OVER (ORDER BY s.id, m.span_start NULLS LAST, m.span_end NULLS LAST, m.measure, m.base_value) AS pn,
       s.id, m.*
FROM sent s
CROSS JOIN LATERAL indnews.extract_metrics(s.text, s.published, s.home_region) AS m;

-- ---------------------------------------------------------------- match
CREATE OR REPLACE FUNCTION pg_temp.fold_subject(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT regexp_replace(coalesce(t, ''), '[\s"''“”‘’「」『』《》〈〉]', '', 'g') $$;

CREATE OR REPLACE FUNCTION pg_temp.same_value(p numeric, g numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE AS
$$ SELECT p IS NOT NULL AND (CASE WHEN g = 0 THEN p = 0 ELSE abs(p - g) < 1e-9 * abs(g) END) $$;

CREATE TEMP TABLE pmatch (pn bigint PRIMARY KEY, gn bigint UNIQUE);

DO $$
DECLARE p record; g bigint;
BEGIN
  FOR p IN SELECT * FROM pred ORDER BY pn LOOP
    SELECT gd.gn INTO g
    FROM gold gd
    WHERE gd.id = p.id
      AND NOT EXISTS (SELECT 1 FROM pmatch mt WHERE mt.gn = gd.gn)
      AND CASE WHEN gd.indicator IS NOT NULL THEN p.indicator IS NOT DISTINCT FROM gd.indicator
               ELSE pg_temp.fold_subject(p.subject) = pg_temp.fold_subject(gd.subject) END
      AND p.measure IS NOT DISTINCT FROM gd.measure
      AND pg_temp.same_value(p.base_value, gd.base_value)
      AND coalesce(p.is_target, false) = gd.is_target
    ORDER BY (p.period_start IS NOT DISTINCT FROM gd.period_start
              AND p.period_end IS NOT DISTINCT FROM gd.period_end) DESC,
             (p.region IS NOT DISTINCT FROM gd.region) DESC,
             gd.gn
    LIMIT 1;
    IF g IS NOT NULL THEN INSERT INTO pmatch VALUES (p.pn, g); END IF;
  END LOOP;
END $$;

CREATE TEMP VIEW pair AS
SELECT s.script, gd.measure, gd.id,
       (p.period_start IS NOT DISTINCT FROM gd.period_start AND p.period_end IS NOT DISTINCT FROM gd.period_end) AS period_ok,
       (p.region IS NOT DISTINCT FROM gd.region) AS region_ok,
       (p.qualifier IS NOT DISTINCT FROM gd.qualifier) AS qualifier_ok,
       (p.scope IS NOT DISTINCT FROM gd.scope) AS scope_ok
FROM pmatch mt JOIN gold gd USING (gn) JOIN pred p USING (pn) JOIN sent s ON s.id = gd.id;

-- counts per (script, measure); measure '*' for all
CREATE TEMP VIEW tally AS
WITH g AS (SELECT s.script, gd.measure, count(*) n FROM gold gd JOIN sent s USING (id) GROUP BY 1, 2),
     p AS (SELECT s.script, pr.measure, count(*) n FROM pred pr JOIN sent s USING (id) GROUP BY 1, 2),
     m AS (SELECT script, measure, count(*) n FROM pair GROUP BY 1, 2),
     keys AS (SELECT script, measure FROM g UNION SELECT script, coalesce(measure, '(null)') FROM p)
SELECT k.script, k.measure, coalesce(g.n, 0) AS gold, coalesce(p.n, 0) AS pred, coalesce(m.n, 0) AS matched
FROM keys k
LEFT JOIN g ON g.script = k.script AND g.measure = k.measure
LEFT JOIN p ON p.script = k.script AND coalesce(p.measure, '(null)') = k.measure
LEFT JOIN m ON m.script = k.script AND m.measure = k.measure;

CREATE OR REPLACE FUNCTION pg_temp.prf(gold numeric, pred numeric, matched numeric,
    OUT "precision" numeric, OUT recall numeric, OUT f1 numeric)
LANGUAGE sql IMMUTABLE AS $$
  SELECT round(CASE WHEN pred > 0 THEN matched / pred END, 3),
         round(CASE WHEN gold > 0 THEN matched / gold END, 3),
         round(CASE WHEN pred + gold > 0 THEN 2 * matched / (pred + gold) END, 3)
$$;

CREATE OR REPLACE FUNCTION pg_temp.acc(ok boolean[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN cardinality(ok) = 0 THEN '-' ELSE
    round((SELECT count(*) FILTER (WHERE x) FROM unnest(ok) x)::numeric / cardinality(ok), 3)::text END
$$;

-- ---------------------------------------------------------------- report
\echo
\echo '== indnews.extract_metrics() against test/gold =='
SELECT (SELECT count(*) FROM sent) AS sentences,
       (SELECT count(*) FROM sent WHERE script = 'traditional') AS traditional,
       (SELECT count(*) FROM sent s WHERE NOT EXISTS (SELECT 1 FROM gold g WHERE g.id = s.id)) AS distractors,
       (SELECT count(*) FROM gold) AS gold_metrics,
       (SELECT count(*) FROM pred) AS predicted,
       (SELECT count(*) FROM pmatch) AS matched;

\echo '-- overall and by script (P/R/F1 per spec section 7; accuracies over matched pairs)'
WITH t AS (
  SELECT 'all' AS script, sum(gold) gold, sum(pred) pred, sum(matched) matched FROM tally
  UNION ALL
  SELECT script, sum(gold), sum(pred), sum(matched) FROM tally GROUP BY script)
SELECT t.script, t.gold, t.pred, t.matched, (pg_temp.prf(t.gold, t.pred, t.matched)).*,
       pg_temp.acc(array(SELECT period_ok FROM pair WHERE t.script IN ('all', pair.script))) AS period_acc,
       pg_temp.acc(array(SELECT region_ok FROM pair WHERE t.script IN ('all', pair.script))) AS region_acc,
       pg_temp.acc(array(SELECT qualifier_ok FROM pair WHERE t.script IN ('all', pair.script))) AS qualifier_acc,
       pg_temp.acc(array(SELECT scope_ok FROM pair WHERE t.script IN ('all', pair.script)
                                                 AND measure IN ('rank', 'diff_pp'))) AS scope_acc
FROM t ORDER BY t.script = 'all' DESC, t.script;

\echo '-- by measure (all scripts)'
WITH t AS (SELECT measure, sum(gold) gold, sum(pred) pred, sum(matched) matched FROM tally GROUP BY measure)
SELECT t.measure, t.gold, t.pred, t.matched, (pg_temp.prf(t.gold, t.pred, t.matched)).*,
       pg_temp.acc(array(SELECT period_ok FROM pair WHERE pair.measure = t.measure)) AS period_acc,
       pg_temp.acc(array(SELECT region_ok FROM pair WHERE pair.measure = t.measure)) AS region_acc,
       pg_temp.acc(array(SELECT qualifier_ok FROM pair WHERE pair.measure = t.measure)) AS qualifier_acc
FROM t ORDER BY t.gold DESC, t.measure;

\echo '-- by measure and script'
SELECT t.measure, t.script, t.gold, t.pred, t.matched, (pg_temp.prf(t.gold, t.pred, t.matched)).*
FROM tally t ORDER BY t.measure, t.script;

\echo '-- predictions on distractor sentences (gold has no metric there)'
SELECT p.id, p.indicator, p.subject, p.measure, p.value, p.unit, p.base_value
FROM pred p WHERE NOT EXISTS (SELECT 1 FROM gold g WHERE g.id = p.id) ORDER BY p.pn;

\echo '-- false negatives: gold rows no prediction matched (near: unmatched predictions in the sentence with the same measure or value)'
SELECT gd.id, s.script AS scr, coalesce(gd.indicator, '(' || gd.subject || ')') AS gold_indicator_or_subject,
       gd.measure, gd.base_value, gd.is_target AS tgt,
       near.near
FROM gold gd JOIN sent s USING (id)
LEFT JOIN LATERAL (
  SELECT string_agg(format('%s/%s %s tgt=%s', coalesce(p.indicator, '-'), coalesce(p.subject, '-'),
                           p.measure, coalesce(p.is_target::text, '-')), '; ') AS near
  FROM pred p
  WHERE p.id = gd.id AND NOT EXISTS (SELECT 1 FROM pmatch mt WHERE mt.pn = p.pn)
    AND (p.measure = gd.measure OR pg_temp.same_value(p.base_value, gd.base_value))) near ON true
WHERE NOT EXISTS (SELECT 1 FROM pmatch mt WHERE mt.gn = gd.gn)
ORDER BY gd.gn;

\echo '-- false positives: predictions that matched no gold row'
SELECT p.id, s.script AS scr, coalesce(p.indicator, '(' || coalesce(p.subject, '') || ')') AS indicator_or_subject,
       p.measure, p.value, p.unit, p.base_value, p.is_target AS tgt,
       substr(s.text, p.span_start + 1, p.span_end - p.span_start) AS span
FROM pred p JOIN sent s USING (id)
WHERE NOT EXISTS (SELECT 1 FROM pmatch mt WHERE mt.pn = p.pn)
ORDER BY p.pn;

\echo '-- matched pairs with a wrong period, region, qualifier or scope'
SELECT gd.id, coalesce(gd.indicator, '(' || gd.subject || ')') AS gold_indicator_or_subject, gd.measure, gd.base_value,
       CASE WHEN p.period_start IS NOT DISTINCT FROM gd.period_start AND p.period_end IS NOT DISTINCT FROM gd.period_end
            THEN '' ELSE format('%s..%s (want %s..%s)', p.period_start, p.period_end, gd.period_start, gd.period_end) END AS period,
       CASE WHEN p.region IS NOT DISTINCT FROM gd.region THEN ''
            ELSE format('%s (want %s)', coalesce(p.region, 'NULL'), coalesce(gd.region, 'NULL')) END AS region,
       CASE WHEN p.qualifier IS NOT DISTINCT FROM gd.qualifier THEN ''
            ELSE format('%s (want %s)', coalesce(p.qualifier, 'NULL'), coalesce(gd.qualifier, 'NULL')) END AS qualifier,
       CASE WHEN p.scope IS NOT DISTINCT FROM gd.scope THEN ''
            ELSE format('%s (want %s)', coalesce(p.scope, 'NULL'), coalesce(gd.scope, 'NULL')) END AS scope
FROM pmatch mt JOIN gold gd USING (gn) JOIN pred p USING (pn)
WHERE NOT (p.period_start IS NOT DISTINCT FROM gd.period_start AND p.period_end IS NOT DISTINCT FROM gd.period_end
           AND p.region IS NOT DISTINCT FROM gd.region AND p.qualifier IS NOT DISTINCT FROM gd.qualifier
           AND p.scope IS NOT DISTINCT FROM gd.scope)
ORDER BY gd.gn;

\echo '-- summary'
WITH t AS (SELECT sum(gold) gold, sum(pred) pred, sum(matched) matched FROM tally)
SELECT format('precision %s  recall %s  F1 %s  (gold %s, predicted %s, matched %s)',
              (pg_temp.prf(gold, pred, matched))."precision", (pg_temp.prf(gold, pred, matched)).recall,
              (pg_temp.prf(gold, pred, matched)).f1, gold, pred, matched) AS score
FROM t;
