-- to_traditional: simplified to traditional, word-level choice for the
-- one-to-many characters.  Forms are Taiwan's standard (為, 裡, 麵, 著).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;

SELECT indnews.to_traditional('') = '' AS empty_stays_empty;
SELECT indnews.to_traditional('Plain ASCII: 1,234.5 (ok)!');
SELECT indnews.to_traditional('𠀀😀 国' || U&'\0301') AS astral_emoji_combining;

SELECT t, indnews.to_traditional(t) AS traditional, indnews.to_traditional(t) = want AS ok
FROM (VALUES
	('头发 发展 出发', '頭髮 發展 出發'),
	('干部 干燥 干涉 能干', '幹部 乾燥 干涉 能幹'),
	('以后 皇后 后来', '以後 皇后 後來'),
	('里面 公里 这里', '裡面 公里 這裡'),
	('面条 面积 方便面', '麵條 面積 方便麵'),
	('台风 台湾 平台 台(套)', '颱風 臺灣 平臺 臺(套)'),
	('剩余 余下 其余', '剩餘 餘下 其餘'),
	('关系 系统 联系', '關係 系統 聯繫'),
	('一只 只有 只是', '一隻 只有 只是'),
	('钟表 钟情', '鐘錶 鍾情'),
	('历史 日历', '歷史 日曆'),
	('复杂 恢复 复工', '複雜 恢復 復工'),
	('征收 象征 特征', '徵收 象徵 特徵'),
	('规模工业增加值同比增长8.4%', '規模工業增加值同比增長8.4%'),
	('为', '為'),
	('着力', '著力')
) AS v(t, want);

-- round trip: simplified -> traditional -> simplified gives the text back
\set s000 `cat seeds/000_23f218d3361f780c.txt`
\set s002 `cat seeds/002_f39e507b3689142d.txt`
SELECT indnews.to_simplified(indnews.to_traditional(:'s000')) = :'s000' AS seed000_round_trip,
       indnews.to_simplified(indnews.to_traditional(:'s002')) = :'s002' AS seed002_round_trip;
-- and the traditional form of seed 000 is fully traditional
SELECT indnews.script(indnews.to_traditional(:'s000')) AS seed000_traditional_script;
