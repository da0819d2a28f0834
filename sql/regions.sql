-- indnews.regions and indnews.division: the gazetteer (GB/T 2260 codes)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;

-- The table: rows per level, placeholders, known rows
SELECT level, count(*) AS n, count(*) FILTER (WHERE short_name IS NULL) AS placeholders
FROM indnews.division GROUP BY level
ORDER BY array_position(ARRAY['province', 'city', 'county'], level);

SELECT code, name, short_name, level, parent_code, name_traditional
FROM indnews.division
WHERE code IN ('430000', '431000', '450400', '341600', '620200', '420881',
			   '420800', '450000', '433100', '110100', '500200', '429000')
ORDER BY code;

-- Hong Kong, Macao and Taiwan: province level, official codes
SELECT code, name, short_name, level, parent_code, name_traditional
FROM indnews.division WHERE code IN ('710000', '810000', '820000') ORDER BY code;

-- Every parent exists; every non-placeholder county sits under a city row
SELECT count(*) AS orphans FROM indnews.division d
WHERE d.parent_code IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM indnews.division p WHERE p.code = d.parent_code);
SELECT d.level, p.level AS parent_level, count(*)
FROM indnews.division d LEFT JOIN indnews.division p ON p.code = d.parent_code
GROUP BY 1, 2 ORDER BY 1, 2;

-- Short names: suffix and ethnic names stripped, two characters at least
SELECT name, short_name FROM indnews.division
WHERE code IN ('150000', '450000', '640000', '650000', '540000', '810000',
			   '422800', '632800', '652800', '431230', '150724', '140109',
			   '429021', '520203', '340523', '450422', '310115')
ORDER BY code;

-- The five seeds, as crawled (seeds 3 and 4 carry pinyin glosses a GBK
-- mirror left: 荊門(mén)市 is found as 荊門, 臺(tái)灣 not at all) ...
\set s000 `cat seeds/000_23f218d3361f780c.txt`
\set s001 `cat seeds/001_c0ffa7fe100a08b4.txt`
\set s002 `cat seeds/002_f39e507b3689142d.txt`
\set s003 `cat seeds/003_daec72363e18b999.txt`
\set s004 `cat seeds/004_30dd613d1f25791f.txt`

SELECT s.seed, r.start, r."end", r.span, r.code, r.name, r.level
FROM (VALUES (0, :'s000'), (1, :'s001'), (2, :'s002'), (3, :'s003'), (4, :'s004')) s(seed, t),
	 LATERAL indnews.regions(s.t) r
ORDER BY s.seed, r.start;

-- ... and the same after strip_pinyin: 臺灣 appears, 嘉峪關市 gets its suffix
SELECT s.seed, r.start, r."end", r.span, r.code, r.name
FROM (VALUES (3, :'s003'), (4, :'s004')) s(seed, t),
	 LATERAL indnews.regions(indnews.strip_pinyin(s.t)) r
ORDER BY s.seed, r.start;

-- Offsets are characters: span = substr(text, start + 1, end - start)
SELECT bool_and(substr(s.t, r.start + 1, r."end" - r.start) = r.span) AS offsets_ok, count(*)
FROM (VALUES (:'s000'), (:'s001'), (:'s002'), (:'s003'), (:'s004')) s(t),
	 LATERAL indnews.regions(s.t) r;

-- Both scripts, with and without the level suffix
SELECT t, r.start, r."end", r.span, r.code, r.name, r.level
FROM (VALUES (1, '鐘祥市'), (2, '鍾祥市'), (3, '钟祥'), (4, '嘉峪關'), (5, '嘉峪关市'),
			 (6, '郴州'), (7, '郴州市'), (8, '湖南省郴州市'), (9, '廣西壯族自治區'),
			 (10, '湘西州'), (11, '臺灣、香港和澳門'), (12, '台湾省'),
			 (13, '澳门特别行政区')) v(i, t),
	 LATERAL indnews.regions(t) r
ORDER BY i, r.start;

-- Short names that are common words match only with their suffix or
-- right after an ancestor
SELECT t, (SELECT string_agg(span || '=' || coalesce(code, '?'), ', ' ORDER BY start)
		   FROM indnews.regions(t)) AS regions
FROM (VALUES (1, '和平发展'), (2, '新兴产业'), (3, '永安全'), (4, '朝阳产业'),
			 (5, '中心城区'), (6, '资源整合'), (7, '合作共赢'), (8, '市和县两级'),
			 (9, '完成县级目标'), (10, '新兴县'), (11, '永安市'), (12, '云浮新兴'),
			 (13, '北京朝阳'), (14, '安徽和县'), (15, '天津和平区'),
			 (16, '和平区'), (17, '沈阳市，和平区'), (18, '铁西'), (19, '鞍山铁西'),
			 (20, '吉林'), (21, '吉林市'), (22, '长沙'), (23, '长沙县'),
			 (24, '国能藤县项目')) v(i, t)
ORDER BY i;

-- Placeholders never match; informal regions are no regions
SELECT t, (SELECT count(*) FROM indnews.regions(t)) AS n
FROM (VALUES ('市辖区'), ('县'), ('省直辖县级行政区划'), ('自治区直辖县级行政区划'),
			 ('皖北第2位'), ('苏南'), ('珠三角'), ('長三角'), ('粤港澳大湾区')) v(t);

-- Empty, non-Han and NULL input
SELECT count(*) FROM indnews.regions('');
SELECT count(*) FROM indnews.regions('Guangxi 123');
SELECT count(*) FROM indnews.regions(NULL::text);
