SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;
\pset null '(null)'

\set s000 `cat seeds/000_23f218d3361f780c.txt`
\set s001 `cat seeds/001_c0ffa7fe100a08b4.txt`
\set s002 `cat seeds/002_f39e507b3689142d.txt`
\set s003 `cat seeds/003_daec72363e18b999.txt`
\set s004 `cat seeds/004_30dd613d1f25791f.txt`

CREATE TEMP TABLE seed (name text, raw text);
INSERT INTO seed VALUES
	('000', :'s000'), ('001', :'s001'), ('002', :'s002'),
	('003', :'s003'), ('004', :'s004');

-- Zero on the clean seeds, non-zero on the mirror's.
SELECT s.name, d.glosses, d.lost_chars, d.out_of_step, d.lost_space_runs,
	   round(d.score::numeric, 3) AS score
FROM seed s, indnews.damage(s.raw) d
ORDER BY s.name;

-- What repair() does, span by span.
SELECT s.name, r.start, r."end", r.before, r.after, r.confidence
FROM seed s, indnews.repairs(s.raw) r
ORDER BY s.name, r.start;

-- The spans are where repairs() says.
SELECT s.name, bool_and(substr(s.raw, r.start + 1, r."end" - r.start) = r.before) AS positions_right
FROM seed s, indnews.repairs(s.raw) r
GROUP BY s.name ORDER BY s.name;

-- A clean text is left exactly as it is.
SELECT s.name, indnews.repair(s.raw) = s.raw AS unchanged
FROM seed s WHERE s.name IN ('000', '001', '002')
ORDER BY s.name;

-- The repaired text, around each repair.
SELECT substring(indnews.repair(:'s004') FROM '來\(lái\)源:[^\n]*') AS s004_source_line;
SELECT replace(substring(indnews.repair(:'s004') FROM '\n\n[^據]*據'), U&'\00A0', '<nbsp>') AS s004_indent;
SELECT substring(indnews.repair(:'s003') FROM '鼓勵.{12}') AS s003_shifted;
-- repaired, then without glosses: what a reader would read
SELECT substring(indnews.strip_pinyin(indnews.repair(:'s003')) FROM '鼓勵.{14}') AS s003_read;
-- after repair, only the lost characters remain as damage
SELECT (indnews.damage(indnews.repair(:'s003'))).*;
SELECT (indnews.damage(indnews.repair(:'s004'))).*;

-- Small cases.
SELECT r.* FROM indnews.repairs('日?qǐng)?bào)') r;
SELECT indnews.repair('日?qǐng)?bào)') AS remnant,
	   indnews.repair(E'? ? ? ?開頭') = E'\u00a0 \u00a0 \u00a0 \u00a0開頭' AS space_run;
-- not damage: a real question mark, a lone "?", letters in Chinese text
SELECT d.* FROM indnews.damage('你好吗? 是的?我很好。A股上涨，维生素C和X光。') d;
SELECT indnews.repair('你好吗? 是的?我很好。A股上涨，维生素C和X光。');
-- a broken gloss whose character the readings do not determine is
-- reported with confidence 0 and left as it was, not guessed
SELECT r.* FROM indnews.repairs('日?bā)?bà)') r;
SELECT indnews.repair('日?bā)?bà)') AS left_as_it_was;
SELECT d.* FROM indnews.damage('') d;
