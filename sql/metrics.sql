-- extract_metrics: the metric contract on the seeds and on written cases.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;
\pset null '(null)'

-- the spec's example clause: one row per figure, the indicator inherited
SELECT indicator, subject, measure, value, unit, base_value, base_unit, region, region_code, is_target
FROM indnews.extract_metrics('全市完成工业投资356.2亿元，同比增长12.5%，占全省的8.1%。', DATE '2023-06-30', '郴州市');

-- the home region may be given as a code; without one it is inferred from
-- the text (title, dateline, source line, else the city named most)
SELECT region, region_code FROM indnews.extract_metrics('全市工业投资同比增长5.1%。', NULL, '431000');
SELECT region, region_code FROM indnews.extract_metrics(E'梧州日报讯\n全市工业投资同比增长5.1%。');
SELECT region, region_code FROM indnews.extract_metrics(E'郴州工业经济见闻\n郴州10个重点工业项目完成投资151.13亿元。亳州市新增规上工业企业91家。');

-- measures, signs, qualifiers, scopes, targets, periods
SELECT t, indicator, measure, value, unit, qualifier, scope, is_target, period_label, period_start, period_end
FROM (VALUES
	('今年1-10月，全市规模以上工业增加值同比下降3.2%，环比增长1.5%。'),
	('全市规模工业增加值增速比全省平均低0.6个百分点，居全省第12位。'),
	('上半年，全市社会消费品零售总额约520亿元，占全省的9.8%。'),
	('前三季度，全市新增规上工业企业超过60家，比去年同期多15家。'),
	('力争全年规模以上工业增加值增长8%以上，工业投资增长10%左右。'),
	('预计2024年全市工业总产值将突破1000亿元。'),
	('一季度，全市工业用电量12.6亿千瓦时，同比增长6.1%。'),
	('2021年1~11月份，全市规模工业增加值累计增速9.6%，居全省第10位、皖北第2位。'),
	('今年1至11月，全市規模工業增加值同比增長８．４％，排全省第２位。'),
	('該市年產30萬噸再生鋁項目投產，新增產能150MW。'),
	('开工率达到85%，完成年计划的112.5%。')
) AS v(t), indnews.extract_metrics(v.t, DATE '2023-12-20', '郴州市') m
ORDER BY t, m.span_start;

-- not metrics: dates, ids, phone numbers, counters, plan names, meetings
SELECT t, count(m.*) AS metrics
FROM (VALUES
	('2023年12月19日，点击:0。'),
	('联系电话：0735-2222222，文章编号20231219001。'),
	('推动“十四五”规划落地，召开3次会议，培训干部200人次。'),
	('一是抓项目，二是抓企业，三是抓服务。')
) AS v(t) LEFT JOIN LATERAL indnews.extract_metrics(v.t) m ON true
GROUP BY t ORDER BY t;

-- the seeds: every metric, with the period of the article's date and the
-- home city inferred from the text; the span is where the figure is
\set s000 `cat seeds/000_23f218d3361f780c.txt`
\set s001 `cat seeds/001_c0ffa7fe100a08b4.txt`
\set s002 `cat seeds/002_f39e507b3689142d.txt`
\set s003 `cat seeds/003_daec72363e18b999.txt`
\set s004 `cat seeds/004_30dd613d1f25791f.txt`
CREATE TEMP TABLE seed AS
SELECT s, d AS raw, a.title, a.published, a.body
FROM (VALUES ('000', :'s000'), ('001', :'s001'), ('002', :'s002'), ('003', :'s003'), ('004', :'s004')) AS v(s, d),
	 indnews.parse_article(v.d) a;

SELECT s.s, m.indicator, m.subject, m.measure, m.value, m.unit, m.base_value,
	   m.qualifier, m.period_label, m.period_start, m.period_end, m.region,
	   m.scope, m.is_target,
	   substr(s.raw, m.span_start + 1, m.span_end - m.span_start) AS at_span
FROM seed s, indnews.extract_metrics(s.raw, (s.published AT TIME ZONE 'Asia/Shanghai')::date) m
ORDER BY s.s, m.span_start;

-- every span and sentence points into the text as given
SELECT s.s, bool_and(position(substr(s.raw, m.span_start + 1, m.span_end - m.span_start) IN m.sentence) > 0) AS span_in_sentence,
	   bool_and(position(m.sentence IN s.raw) > 0) AS sentence_in_text
FROM seed s, indnews.extract_metrics(s.raw, (s.published AT TIME ZONE 'Asia/Shanghai')::date) m
GROUP BY s.s ORDER BY s.s;

-- user indicators, without rebuilding
INSERT INTO indnews.user_indicator VALUES ('光伏装机', '光伏装机容量'), ('數字經濟核心產業增加值', '数字经济核心产业增加值');
SELECT indicator, measure, value, unit
FROM indnews.extract_metrics_user('全市光伏装机达到120万千瓦，数字经济核心产业增加值同比增长12.3%。', DATE '2023-12-31', '郴州市');
DELETE FROM indnews.user_indicator;

-- BI tools read only base-typed columns: a view over the metrics
CREATE TEMP TABLE articles (id int, body text, published date);
INSERT INTO articles SELECT 1, :'s001', DATE '2022-12-20';
CREATE TEMP VIEW article_metrics AS
SELECT a.id, m.* FROM articles a CROSS JOIN LATERAL indnews.extract_metrics(a.body, a.published) m;
SELECT a.attname, t.typname, t.typtype = 'b' AS base_type
FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
WHERE a.attrelid = 'article_metrics'::regclass AND a.attnum > 0
ORDER BY a.attnum;
SELECT count(*) AS rows, count(*) FILTER (WHERE indicator IS NOT NULL) AS with_indicator FROM article_metrics;

-- the scalar accessor
SELECT indnews.metric_value(:'s001', '规模以上工业增加值', 'yoy') AS growth,
	   indnews.metric_value(:'s001', '工业投资', 'value') AS investment,
	   indnews.metric_value(:'s001', 'GDP', 'value') AS absent;

-- NULL and empty input
SELECT count(*) FROM indnews.extract_metrics(NULL);
SELECT count(*) FROM indnews.extract_metrics('');

-- 分别 pairs names and figures in order; 进出口 is not 出口
SELECT indicator, measure, value, unit
FROM indnews.extract_metrics('今年前2个月，全市营业收入、利润总额分别同比增长8.6%、23.5%。', DATE '2023-03-31', '郴州市');
SELECT indicator, measure, value, unit
FROM indnews.extract_metrics('前5个月，全市进出口总值12.1亿元，同比增长4.1%。其中，出口6.5亿元，增长6.1%；进口5.6亿元，增长1.8%。', DATE '2023-06-30', '郴州市');

-- the sign of a difference in points follows the nearest word of direction,
-- growth words too; its scope follows a comparison, so the 全市 that opens
-- the subject is no scope
SELECT s, m.measure, m.value, m.scope
FROM unnest(ARRAY['全市规模工业增加值比2021年下降0.42个百分点。',
				  '全市规模工业增加值增速回落0.5个百分点。',
				  '全市规模工业增加值增速高于全省1.1个百分点。',
				  '全市规模工业增加值增速比全省低0.3个百分点。']) s,
	 indnews.extract_metrics(s) m;

-- world scopes of ranks; volumes count (亿件), counts of other things do
-- not belong to a money indicator named after them
SELECT s, m.indicator, m.measure, m.value, m.unit, m.scope
FROM unnest(ARRAY['我国地区生产总值位居全球第二。',
				  '我国出口总额居世界第一位。',
				  '5月我国快递业务量完成73.8亿件，同比增长41%。',
				  '钢铁、石油加工等5个行业新增利润333.4亿元。']) s,
	 indnews.extract_metrics(s, DATE '2020-06-11') m;

-- a threshold restated exactly is one fact, the exact one; a threshold
-- alone stays, with its qualifier
SELECT s, m.indicator, m.measure, m.value, m.unit, m.qualifier
FROM unnest(ARRAY['全市工业投资突破1000亿元，达到1036.8亿元。',
				  '社会消费品零售总额首次超过50万亿元，达到501202亿元，比上年增长3.7%。',
				  '全市工业投资超过1000亿元，其中技改投资300亿元。']) s,
	 indnews.extract_metrics(s) m;

-- a deadline after the year of publication makes a goal; one before it,
-- or with no publication date, does not
SELECT s, d AS published, m.indicator, m.value, m.is_target
FROM (VALUES ('到2025年，全市规上工业企业达到1500家。', DATE '2024-01-01'),
			 ('到2023年底，全市规上工业企业达到1500家。', DATE '2024-01-01'),
			 ('到2025年，全市规上工业企业达到1500家。', NULL::date)) v(s, d),
	 indnews.extract_metrics(s, d) m;

-- subjects outside the taxonomy: the actor is no part of what is measured,
-- a rate is a level, 规模 sizes what follows 的, a share's subject stands
-- before 占, a smaller figure after a threshold is a part of it, leftovers
-- of the text before (以上, 的) and a class (吨级以上) are no subject
SELECT s, m.indicator, m.subject, m.measure, m.value, m.unit, m.qualifier
FROM unnest(ARRAY['中央财政用于“三农”的支出7253亿元，增长21.8%。',
				  '2020年第三季度国铁集团实现收入2755亿元。',
				  '2月全國城鎮失業率為6.2%，31個大城市城鎮失業率為5.7%。',
				  '我国设立了600亿元规模的国家人工智能基金。',
				  '设立规模为1亿元的市级中小企业发展专项基金。',
				  '全市户籍人口10.6万人，占全省人口的3%。',
				  '全市市场主体总量突破50万户，其中企业12.3万家。',
				  '其中5000万元以上重组成本22亿元。',
				  '可通航2000吨级以上的船舶。']) s,
	 indnews.extract_metrics(s) m;

-- a province is the place of its own figures; one that opens a subject of
-- the sentence is part of a title (安徽省企业技术中心) and places nothing
SELECT s, m.subject, m.value, m.region, m.region_code
FROM unnest(ARRAY['2016年，吉林省固定資產投資增長10.1%。',
				  '2023年，福建省地区生产总值5.4万亿元。',
				  '全市安徽省企业技术中心5家，共认定省级试点企业11家、安徽工业精品3个。']) s,
	 indnews.extract_metrics(s, NULL, '亳州市') m;

-- a share's part stands before 占; verbs open no subject; a subject cut off
-- at 的 is none; 一瓦 (a tile) and 一一个 (one by one) are no figures
SELECT s, m.indicator, m.subject, m.measure, m.value, m.unit
FROM unnest(ARRAY['第三產業的增加值佔到地區生產總值51%。',
				  '今年谋划重点项目350个。',
				  '装机容量增加到的2.54亿千瓦。',
				  '感受一瓦一墙的历史。',
				  '企业一一个对接。']) s,
	 indnews.extract_metrics(s) m;

-- 城镇新增就业 counts additions (people); a goal named after a figure makes
-- it a target, the completion of that goal is progress
SELECT s, m.indicator, m.measure, m.value, m.unit, m.is_target
FROM unnest(ARRAY['全年城镇新增就业1206万人，完成全年目标的110%。',
				  '今年一季度，全国城镇新增就业297万人，完成全年城镇新增就业1100万人以上目标任务的27%。']) s,
	 indnews.extract_metrics(s) m;

-- 首两个月 is January and February; a year after 比 is a comparison's base
-- and dates nothing (今年底 stays the publication's year, and stands for the
-- year); a single day is when something happened, no period of a figure
SELECT s, m.indicator, m.value, m.period_label, m.period_start, m.period_end
FROM unnest(ARRAY['今年首兩個月消費品零售總額大跌20.5%。',
				  '預計到今年底，農村自來水普及率可達85%，比2021年提升1個百分點。',
				  '安徽省今年第二批重大项目今天（4月7日）集中开工，1032个项目总投资5871.7亿元。']) s,
	 indnews.extract_metrics(s, DATE '2022-05-06') m;

-- the place of a sentence cut by 分号 holds for all its parts; a province
-- before a verb is the place, not part of the subject; a county inside the
-- province that opens a clause is the place
SELECT s, m.subject, m.value, m.region
FROM unnest(ARRAY['今年1—11月，吉林省新登記市場主體達到57.2萬戶，同比增長52%；新登記企業突破11萬戶，增長21%。',
				  '记者在河南省兰考县看到，政府投资近200万元升级改造敬老院。']) s,
	 indnews.extract_metrics(s) m;

-- 拟发行 and 预测 mark goals; 可 inside 可支配收入 and 可比价 does not
SELECT s, m.subject, m.value, m.is_target
FROM unnest(ARRAY['拟发行超长期特别国债1.3万亿元。',
				  '预测年旅客吞吐量为3万人次。',
				  '居民人均可支配收入达4.5万元。',
				  '按可比价格计算，全市地区生产总值增长6%。']) s,
	 indnews.extract_metrics(s) m;

-- a rate of completion is of what stands before the rate word
SELECT s, m.subject, m.measure, m.value, m.region
FROM unnest(ARRAY['目前，全市省重点项目开工率达95.6%。',
				  '全市環保督察反饋問題整改率99.5%。',
				  '目前，甘肃省属企业复工率98.35%。',
				  '目前，包括這座大橋在內的武漢市億元以上項目復崗率達到76.8%。',
				  '开工率20%。']) s,
	 indnews.extract_metrics(s) m;

-- a share's part outside the taxonomy, read before 占 (the whole after it
-- is no subject), and the difference after it of the same part
SELECT s, m.indicator, m.subject, m.measure, m.value
FROM unnest(ARRAY['前三季度，全市民间投资占固定资产投资的比重为58.7%。',
				  '前三季度，全市高新技术产业增加值占规上工业增加值的比重达45.2%，同比提高2.3个百分点。',
				  '郴州白銀產量佔全國的26.5%。']) s,
	 indnews.extract_metrics(s) m;

-- 减少 N家 is an increase of -N; a rank whose clause names its own subject
-- does not inherit the sentence's earlier one
SELECT s, m.subject, m.measure, m.value
FROM unnest(ARRAY['上半年，全市亏损企业比去年同期减少23家。',
				  '永兴县再生资源回收利用产业年产值突破300亿元，稀贵金属产量居全国第一。']) s,
	 indnews.extract_metrics(s) m;

-- a goal word of a clause holds across its 、 list
SELECT s, m.subject, m.measure, m.value, m.is_target
FROM unnest(ARRAY['拟发行超长期特别国债1.3万亿元、比上年增加3000亿元。']) s,
	 indnews.extract_metrics(s) m;

-- enterprises that produce are the actor, not the subject, of a figure that
-- is no count; a growth word before 的 names, it does not measure
SELECT s, m.indicator, m.subject, m.measure, m.value
FROM unnest(ARRAY['一季度79家專精特新“小巨人”企業實現產值同比增長了43%。',
				  '中国对世界经济增长的平均贡献率达到了30%左右，位居全球第一。']) s,
	 indnews.extract_metrics(s) m;

-- money is never a capacity; an amount before 的 is of what follows it, so
-- 总储量 is no subject here (and 煤炭 is no measurable noun: no row)
SELECT s, m.subject, m.measure, m.value, m.unit
FROM unnest(ARRAY['内蒙古自治区违规向过剩产能行业发放临时电价财政补贴9841.41万元。',
				  '蒙古擁有總儲量達165億噸的煤炭。']) s,
	 indnews.extract_metrics(s) m;

-- 从A降至B, 由A增加到B: B is the fact, A only its base
SELECT s, m.subject, m.measure, m.value, m.unit, m.period_label
FROM unnest(ARRAY['关税总水平从9.8%降至7.4%。',
				  '发电装机容量由1997年的2.54亿千瓦增加到2002年的3.53亿千瓦。',
				  '城镇居民人均可支配收入由2002年的7703元增加到11759元。']) s,
	 indnews.extract_metrics(s) m;

-- a level as of a month's end is that month's; a cumulative figure (累计)
-- runs from January
SELECT s, m.subject, m.value, m.period_label, m.period_start, m.period_end
FROM unnest(ARRAY['截至3月末，全国光缆线路总长度达到7454万公里。',
				  '截至11月底，全市累计发放稳岗返还资金4211万元。']) s,
	 indnews.extract_metrics(s, DATE '2022-12-20') m;

-- 与/和/公共 join a name and do not cut the subject (等 ends a list and does);
-- 5000万元以上项目 is a class, 20多家企业 a count; a comma may stand in 从A，
-- 增长到B; 按年缩 is a fall; 年产量 names no product
SELECT s, m.indicator, m.subject, m.measure, m.value, m.unit
FROM unnest(ARRAY['2019年我国卫星导航与位置服务产值达3450亿元。',
				  '全国一般公共预算支出213924亿元，同比增长2.9%。',
				  '先进装备制造、新材料等战略性新兴产业增加值超过7000亿元。',
				  '吉林省843个5000万元以上项目集中开工，建成拥有20多家企业的园区。',
				  '河北省GDP从2012年26575亿元，增长到2021年40391.3亿元。',
				  '服務出口按年縮9%。',
				  '笔记本电脑年产量达到一亿台。']) s,
	 indnews.extract_metrics(s) m;

-- a clause that is only a level after a growth (增长10%，达到500亿元) states
-- the level of the same; one that names its own noun (实现收入…) does not
-- inherit; 占…比重从50%提高到58.7% is a share
SELECT s, m.indicator, m.subject, m.measure, m.value, m.unit
FROM unnest(ARRAY['全市工业总产值增长10%，达到500亿元。',
				  '钢产量增长百分之四十二，达到８０００万吨。',
				  '貴州接待遊客達8184.77萬人次，同比增長51.8%，實現收入936.32億元。',
				  '全市民间投资占固定资产投资的比重从2015年的50%提高到2022年的58.7%。']) s,
	 indnews.extract_metrics(s) m;

-- 投资 stands alone after a function word (计划在未来五年内投资), not inside a
-- compound (民间投资)
SELECT s, m.indicator, m.subject, m.value, m.is_target
FROM unnest(ARRAY['计划在未来五年内投资100亿元。',
				  '全市民间投资100亿元。']) s,
	 indnews.extract_metrics(s) m;
