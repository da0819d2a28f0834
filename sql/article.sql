SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;
-- published is shown in China time; the value does not depend on it
SET timezone = 'Asia/Shanghai';
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

-- Every field but the body, seed by seed.
\x on
SELECT s.name, a.title, a.published, a.source, a.authors, a.url,
	   a.categories, a.tags, a.script, a.damage
FROM seed s, indnews.parse_article(s.raw) a
ORDER BY s.name;
\x off

-- The body: every paragraph, its start and its end.
SELECT s.name, p.n, char_length(p.para) AS chars,
	   left(p.para, 12) AS starts, right(p.para, 8) AS ends
FROM seed s, indnews.parse_article(s.raw) a,
	 regexp_split_to_table(a.body, '\n') WITH ORDINALITY AS p(para, n)
ORDER BY s.name, p.n;

-- Nothing of the page around the article is left in any body: no tag,
-- entity, link, credit, counter, notice or gloss.
SELECT s.name,
	   a.body ~ '<|>|&[a-z]+;|https?:|\]\(' AS markup,
	   a.body ~ '(来源|來源)[:：]|本报记者|通讯员|■|編輯:|记者竇翔' AS credits,
	   a.body ~ '返回|相關文章|你可能會喜歡|最近更新|推薦閱讀|圖片版權|報料熱線|網友評論|瀏 覽|點擊' AS boilerplate,
	   a.body ~ '\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)' AS glosses,
	   a.body ~ '(^|\n)[ \u00a0\u3000]|[ \u00a0\u3000](\n|$)' AS untrimmed
FROM seed s, indnews.parse_article(s.raw) a
ORDER BY s.name;

-- The repaired characters are in the body; a lost one stays "?".
SELECT position('據嘉峪關日報報道' IN a.body) > 0 AS s004_repaired,
	   position(a.title IN a.body) = 0 AS s004_title_not_in_body
FROM indnews.parse_article(:'s004') a;
SELECT substring(a.body FROM '鼓勵.{10}') AS s003_shifted
FROM indnews.parse_article(:'s003') a;

-- Other layouts degrade gracefully: unknown lines stay in the body.
SELECT a.title, a.authors, a.source, a.body
FROM indnews.parse_article(E'第一行不是标题，因为它是一个句子。\n另一段文字。\n作者按：这一行不是署名') a;
SELECT a.title, a.published, a.source, a.body
FROM indnews.parse_article(E'<div><h1>标题</h1><p>发布时间：2022年3月21日 来源：某某日报</p><p>正文&amp;内容&nbsp;&#x4E00;&#19968;</p><script>var x = "<p>";</script></div>') a;
SELECT a.title, a.published, a.categories, a.tags, a.body
FROM indnews.parse_article(E'---\ntitle: ''It''''s'' \ndate: 2021-12-31T23:30:00Z\ncategories: [a, "b c"]\ntags:\n  - x\n  - y\n---\nbody') a;
-- an outlet named in a byline is the source when no label names one
SELECT a.source, a.authors, a.body
FROM indnews.parse_article(E'新华社记者张三 李四\n![](http://example.com/a.jpg)\n正文。') a;
-- credits and metadata stand at the ends; in the middle such a line is text
SELECT a.title, a.published, a.authors,
	   regexp_split_to_array(a.body, '\n') AS paragraphs
FROM indnews.parse_article(E'标题\n一。\n二。\n三。\n四。\n五。\n六。\n时间：2022年3月21日\n记者张三\n七。\n八。\n九。\n十。\n十一。\n十二。') a;
-- an offset is honoured; a date alone is China time; an impossible date is none
SELECT (indnews.parse_article(E'---\ndate: 2022-03-21 08:46:11 -0500\n---\nx')).published,
	   (indnews.parse_article(E'时间：2023-12-19\nx')).published,
	   (indnews.parse_article(E'时间：2023-02-30\nx')).published;
-- empty and NULL input
SELECT a.* FROM indnews.parse_article('') a;
SELECT indnews.parse_article(NULL) IS NULL AS null_in_null_out;
