-- strip_pinyin: the glosses mirror sites insert after characters go; genuine
-- parenthesised text stays.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;

SELECT t, indnews.strip_pinyin(t) AS stripped, indnews.strip_pinyin(t) = want AS ok
FROM (VALUES
	('', ''),
	('Latin (text) only', 'Latin (text) only'),
	('來(lái)源', '來源'),
	('規(guī)模', '規模'),
	('來（lái）源', '來源'),
	('抓增長(zhǎng)點(diǎn)擴(kuò)能', '抓增長點擴能'),
	('進(jìn)規(guī) 台(套) (含續建) (項目) (相關資料圖)', '進規 台(套) (含續建) (項目) (相關資料圖)'),
	-- a single gloss on a character common to both scripts is an annotation
	('亳(bó)州', '亳(bó)州'),
	-- not a gloss: no tone mark, two tone marks, not a syllable, not after Han
	('來(lai)源 規(guī)模', '來(lai)源 規模'),
	('來(lǎiī)源 規(guī)模', '來(lǎiī)源 規模'),
	('來(xyzá)源 規(guī)模', '來(xyzá)源 規模'),
	('ok(lái) 規(guī)模', 'ok(lái) 規模'),
	('來 (lái) 規(guī)模', '來 (lái) 規模'),
	('來(lái 規(guī)模', '來(lái 規模'),
	('𠀀(lái)😀 規(guī)模', '𠀀😀 規模')
) AS v(t, want);

-- one gloss in a long clean text is an annotation, not mirror noise
SELECT indnews.strip_pinyin(repeat('安徽省亳州市经济和信息化局坚持创新驱动发展', 5) || '來(lái)源') LIKE '%來(lái)源' AS kept_in_clean_text;

-- the damaged seeds lose every gloss that follows a Han character; the clean
-- ones are untouched
\set s000 `cat seeds/000_23f218d3361f780c.txt`
\set s001 `cat seeds/001_c0ffa7fe100a08b4.txt`
\set s002 `cat seeds/002_f39e507b3689142d.txt`
\set s003 `cat seeds/003_daec72363e18b999.txt`
\set s004 `cat seeds/004_30dd613d1f25791f.txt`
SELECT s,
	(SELECT count(*) FROM regexp_matches(d, '\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)', 'g')) AS glosses_before,
	(SELECT count(*) FROM regexp_matches(indnews.strip_pinyin(d), '\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)', 'g')) AS glosses_after,
	indnews.strip_pinyin(d) = d AS unchanged
FROM (VALUES ('000', :'s000'), ('001', :'s001'), ('002', :'s002'), ('003', :'s003'), ('004', :'s004')) AS v(s, d);

-- the one left in 003 follows the Latin I of the out-of-step span 髽I(yè)
-- (企業 shifted by one byte), which only repair() can mend
SELECT substring(indnews.strip_pinyin(:'s003') from '.{4}\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)') AS left_in_003;

-- the title line and first sentence of 004, stripped
SELECT indnews.strip_pinyin(split_part(:'s004', E'\n', 1)) AS s004_title;
SELECT left(indnews.strip_pinyin(split_part(:'s003', E'\n', 2)), 60) AS s003_first_sentence;
