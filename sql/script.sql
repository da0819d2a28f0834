-- script: simplified, traditional, mixed or none.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;

SELECT t, indnews.script(t) AS script, indnews.script(t) = want AS ok
FROM (VALUES
	('', 'none'),
	('ASCII only 123', 'none'),
	('１２３ＡＢＣ😀', 'none'),
	('全市规模工业增加值同比增长', 'simplified'),
	('全市規模工業增加值同比增長', 'traditional'),
	('人口', 'simplified'),
	('台(套)', 'simplified'),
	('規模工業 规模工业', 'mixed'),
	-- one stray character of the other script in a long text does not make
	-- it mixed (under 10% of the script-specific characters)
	(repeat('規模工業增長', 5) || '工业', 'traditional'),
	(repeat('规模工业增长', 5) || '工業', 'simplified'),
	(repeat('規模工業增長', 2) || '工业', 'mixed'),
	('𠀀國', 'traditional')
) AS v(t, want);

\set s000 `cat seeds/000_23f218d3361f780c.txt`
\set s001 `cat seeds/001_c0ffa7fe100a08b4.txt`
\set s002 `cat seeds/002_f39e507b3689142d.txt`
\set s003 `cat seeds/003_daec72363e18b999.txt`
\set s004 `cat seeds/004_30dd613d1f25791f.txt`
SELECT s, indnews.script(d) AS script
FROM (VALUES ('000', :'s000'), ('001', :'s001'), ('002', :'s002'), ('003', :'s003'), ('004', :'s004')) AS v(s, d)
ORDER BY s;
