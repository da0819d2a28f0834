-- to_simplified: traditional (and HK/TW variants) folded to simplified.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;

-- edge cases
SELECT indnews.to_simplified('') = '' AS empty_stays_empty;
SELECT indnews.to_simplified(NULL) IS NULL AS null_is_null;
SELECT indnews.to_simplified('Plain ASCII: 1,234.5 (ok)!');
SELECT indnews.to_simplified('𠀀😀 e' || U&'\0301' || ' 國' || U&'\0301') AS astral_emoji_combining;

-- characters, phrases where the simplified form depends on the word, and
-- Hong Kong / Taiwan variant forms
SELECT t, indnews.to_simplified(t) AS simplified, indnews.to_simplified(t) = want AS ok
FROM (VALUES
	('規模工業增加值同比增長', '规模工业增加值同比增长'),
	('乾隆年間', '乾隆年间'),
	('乾燥', '干燥'),
	('乾坤', '乾坤'),
	('著作', '著作'),
	('顯著', '显著'),
	('處處升騰著', '处处升腾着'),
	('瞭解', '了解'),
	('瞭望', '瞭望'),
	('藉著', '借着'),
	('頭髮', '头发'),
	('發展', '发展'),
	('幹部', '干部'),
	('以後', '以后'),
	('皇后', '皇后'),
	('臺灣 台灣', '台湾 台湾'),
	('颱風', '台风'),
	('餘額', '余额'),
	('關係 聯繫', '关系 联系'),
	('鐘錶 鍾情', '钟表 钟情'),
	('歷史 日曆', '历史 日历'),
	('複雜 恢復', '复杂 恢复'),
	('徵收', '征收'),
	('為 爲', '为 为'),
	('裡 裏', '里 里'),
	('麵 麪', '面 面'),
	('衞生 衛生', '卫生 卫生'),
	('説話 說話', '说话 说话'),
	('羣眾 群眾', '群众 群众'),
	('着 著', '着 着'),
	('什麼 什么', '什么 什么'),
	('園區里', '园区里')
) AS v(t, want);

-- simplified text is left exactly as it is
\set s000 `cat seeds/000_23f218d3361f780c.txt`
\set s001 `cat seeds/001_c0ffa7fe100a08b4.txt`
\set s002 `cat seeds/002_f39e507b3689142d.txt`
\set s003 `cat seeds/003_daec72363e18b999.txt`
\set s004 `cat seeds/004_30dd613d1f25791f.txt`
SELECT indnews.to_simplified(:'s000') = :'s000' AS seed000_unchanged,
       indnews.to_simplified(:'s002') = :'s002' AS seed002_unchanged;

-- seed 001 is traditional: every line converted
SELECT n, line
FROM regexp_split_to_table(indnews.to_simplified(:'s001'), '\n') WITH ORDINALITY AS t(line, n)
WHERE line <> '';

-- a fixed point: converting again changes nothing
SELECT s, indnews.to_simplified(indnews.to_simplified(d)) = indnews.to_simplified(d) AS fixed_point
FROM (VALUES ('000', :'s000'), ('001', :'s001'), ('002', :'s002'), ('003', :'s003'), ('004', :'s004')) AS v(s, d);

-- usable in an expression index and a generated column
CREATE TABLE ts_docs (id int, body text,
	body_simplified text GENERATED ALWAYS AS (indnews.to_simplified(body)) STORED);
CREATE INDEX ON ts_docs (indnews.to_simplified(body));
INSERT INTO ts_docs (id, body) VALUES (1, '鐘祥市'), (2, '钟祥市');
SELECT id, body_simplified FROM ts_docs WHERE indnews.to_simplified(body) = '钟祥市' ORDER BY id;
DROP TABLE ts_docs;
