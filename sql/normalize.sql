-- normalize: the form analysts index and compare on.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;

SELECT t, indnews.normalize(t) AS normalized, indnews.normalize(t) = want AS ok
FROM (VALUES
	('', ''),
	('Latin only, untouched.', 'Latin only, untouched.'),
	('１２．５％', '12.5%'),
	('ＡＢＣ　ａｂｃ　１２３', 'ABC abc 123'),
	('同比增长８．４％，排全省第２位。', '同比增长8.4%,排全省第2位。'),
	('（含续建）：１；２！？', '(含续建):1;2!?'),
	('「一企一策」『好』', '“一企一策”‘好’'),
	('①②③', '123'),
	('1〜10月', '1~10月'),
	('零' || U&'\200B' || '宽' || U&'\FEFF', '零宽'),
	('m²和㎡', 'm²和㎡'),
	('來(lái)源', '来源'),
	('亳(bó)州', '亳(bó)州'),
	('? ? ? ?據報道', '据报道'),
	('是吗? 是的', '是吗? 是的'),
	('可??刹', '可??刹'),
	('  a  b  ', 'a b'),
	(E'a\r\nb\rc', E'a\nb\nc'),
	(E'段一\n\n\n\n段二', E'段一\n\n段二'),
	(E'行尾  \n  行首', E'行尾\n行首'),
	(E'tab\there', 'tab here'),
	('以工業之力為全局添彩', '以工业之力为全局添彩'),
	('乾隆 乾燥', '乾隆 干燥'),
	('𠀀😀', '𠀀😀'),
	('e' || U&'\0301', 'e' || U&'\0301')
) AS v(t, want);

\set s000 `cat seeds/000_23f218d3361f780c.txt`
\set s001 `cat seeds/001_c0ffa7fe100a08b4.txt`
\set s002 `cat seeds/002_f39e507b3689142d.txt`
\set s003 `cat seeds/003_daec72363e18b999.txt`
\set s004 `cat seeds/004_30dd613d1f25791f.txt`
CREATE TEMP TABLE seeds (s text, d text);
INSERT INTO seeds VALUES ('000', :'s000'), ('001', :'s001'), ('002', :'s002'), ('003', :'s003'), ('004', :'s004');

-- idempotent on every seed, simplified script afterwards, no full-width
-- form, no gloss, no lost-space run left
SELECT s,
	indnews.normalize(indnews.normalize(d)) = indnews.normalize(d) AS idempotent,
	indnews.script(indnews.normalize(d)) AS script_after,
	indnews.normalize(d) ~ '[\uFF01-\uFF5E\u3000]' AS has_fullwidth,
	indnews.normalize(d) ~ '\? \?' AS has_lost_space_run,
	length(d) AS chars_before, length(indnews.normalize(d)) AS chars_after
FROM seeds ORDER BY s;

-- the damaged seeds in full (what repair() will later fix is still visible:
-- the ?qǐng)?bào) remnants and the out-of-step span of 003)
SELECT n, line
FROM regexp_split_to_table(indnews.normalize(:'s003'), '\n') WITH ORDINALITY AS t(line, n);
SELECT n, line
FROM regexp_split_to_table(indnews.normalize(:'s004'), '\n') WITH ORDINALITY AS t(line, n)
WHERE line <> '';

-- the start of each seed's normal form
SELECT s, left(replace(indnews.normalize(d), E'\n', ' / '), 80) AS start FROM seeds ORDER BY s;
