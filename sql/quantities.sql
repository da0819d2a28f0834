-- indnews.parse_quantity and indnews.quantities: numbers with units
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS indnews;

-- one quantity: value, unit, base value, base unit, kind
SELECT t, (q).value, (q).unit, (q).base_value, (q).base_unit, (q).kind,
	(q).base_value = want AND (q).base_unit IS NOT DISTINCT FROM bu AS ok
FROM (SELECT t, indnews.parse_quantity(t) AS q, want, bu FROM (VALUES
	('356.2亿元', 35620000000, 'CNY'), ('1218.56亿元', 121856000000, 'CNY'),
	('1218.56億元', 121856000000, 'CNY'), ('5万元', 50000, 'CNY'),
	('5萬元', 50000, 'CNY'), ('3元', 3, 'CNY'), ('4.78万亿元', 4780000000000, 'CNY'),
	('一万五千亿元', 1500000000000, 'CNY'), ('二十万亿元', 20000000000000, 'CNY'),
	('2千零30万元', 20300000, 'CNY'), ('3千万美元', 30000000, 'USD'),
	('100万美元', 1000000, 'USD'), ('5亿美元', 500000000, 'USD'),
	('1.2万亿美元', 1200000000000, 'USD'), ('100美元', 100, 'USD'),
	('¥100', 100, 'CNY'), ('￥3.5', 3.5, 'CNY'), ('$1,000', 1000, 'USD'),
	('USD 100', 100, 'USD'), ('100 USD', 100, 'USD'), ('50 CNY', 50, 'CNY'),
	('12块钱', 12, 'CNY'), ('100万人民币', 1000000, 'CNY'), ('20欧元', 20, 'EUR'),
	('壹仟贰佰元', 1200, 'CNY'), ('一千二百一十八点五六亿元', 121856000000, 'CNY'),
	('三千万元', 30000000, 'CNY'), ('两个亿', 200000000, NULL),
	('30万吨', 300000, 't'), ('30萬噸', 300000, 't'), ('1.5亿吨', 150000000, 't'),
	('500吨', 500, 't'), ('200公斤', 0.2, 't'), ('3千克', 0.003, 't'),
	('150MW', 150000000, 'W'), ('150 MW', 150000000, 'W'), ('１５０ＭＷ', 150000000, 'W'),
	('150兆瓦', 150000000, 'W'), ('300万千瓦', 3000000000, 'W'), ('5kW', 5000, 'W'),
	('5千瓦', 5000, 'W'), ('2GW', 2000000000, 'W'), ('2吉瓦', 2000000000, 'W'),
	('100W', 100, 'W'), ('120GWh', 120000000000, 'Wh'), ('5MWh', 5000000, 'Wh'),
	('100kWh', 100000, 'Wh'), ('100千瓦时', 100000, 'Wh'), ('100千瓦時', 100000, 'Wh'),
	('100度', 100000, 'Wh'), ('35亿千瓦时', 3500000000000, 'Wh'),
	('1.2万千瓦时', 12000000, 'Wh'), ('100亩', 66667, 'm2'), ('3公顷', 30000, 'm2'),
	('3公頃', 30000, 'm2'), ('500平方米', 500, 'm2'), ('2平方公里', 2000000, 'm2'),
	('1.5万平方米', 15000, 'm2'), ('100㎡', 100, 'm2'), ('1万亩', 6666700, 'm2'),
	('90家', 90, 'count'), ('1309家', 1309, 'count'), ('3万家', 30000, 'count'),
	('12个', 12, 'count'), ('12個', 12, 'count'), ('5项', 5, 'count'),
	('5項', 5, 'count'), ('200户', 200, 'count'), ('10台', 10, 'count'),
	('8套', 8, 'count'), ('6台(套)', 6, 'count'), ('6台（套）', 6, 'count'),
	('3次', 3, 'count'), ('50名', 50, 'count'), ('100人', 100, 'count'),
	('4批次', 4, 'count'), ('5万人', 50000, 'count'), ('一家', 1, 'count'),
	('两个', 2, 'count'), ('十二项', 12, 'count'), ('12.5%', 12.5, 'pct'),
	('12.5％', 12.5, 'pct'), ('-3.2%', -3.2, 'pct'), ('百分之八点四', 8.4, 'pct'),
	('百分之五十', 50, 'pct'), ('千分之三', 0.3, 'pct'), ('三成', 30, 'pct'),
	('三成五', 35, 'pct'), ('1.1个百分点', 1.1, 'pp'), ('0.8個百分點', 0.8, 'pp'),
	('2百分点', 2, 'pp'), ('第2位', 2, 'rank'), ('第十位', 10, 'rank'),
	('第一名', 1, 'rank'), ('1.5倍', 1.5, 'times'), ('两倍', 2, 'times'),
	('翻一番', 2, 'times'), ('翻两番', 4, 'times'), ('翻了一番', 2, 'times'),
	('1200', 1200, NULL), ('一千二百万', 12000000, NULL)
) v(t, want, bu)) s;

-- qualifiers and ranges
SELECT t, (q).value, (q).unit, (q).base_value, (q).qualifier, (q).low, (q).high,
	(q).qualifier IS NOT DISTINCT FROM wq AND (q).low IS NOT DISTINCT FROM wl
	AND (q).high IS NOT DISTINCT FROM wh AS ok
FROM (SELECT t, indnews.parse_quantity(t) AS q, wq, wl, wh FROM (VALUES
	('约300亿元', 'about', NULL::numeric, NULL::numeric), ('約300億元', 'about', NULL, NULL),
	('大约5万吨', 'about', NULL, NULL), ('近300家', 'about', NULL, NULL),
	('300亿元左右', 'about', NULL, NULL), ('超过100家', 'over', NULL, NULL),
	('逾5000人', 'over', NULL, NULL), ('突破1000亿元', 'over', NULL, NULL),
	('300余家', 'over', NULL, NULL), ('300餘家', 'over', NULL, NULL),
	('10多万元', 'over', NULL, NULL), ('3万多吨', 'over', NULL, NULL),
	('10%以上', 'over', NULL, NULL), ('5%以下', 'under', NULL, NULL),
	('不到10%', 'under', NULL, NULL), ('不足100人', 'under', NULL, NULL),
	('至少50家', 'at_least', NULL, NULL), ('不低于10%', 'at_least', NULL, NULL),
	('最多3次', 'at_most', NULL, NULL), ('不超过5%', 'at_most', NULL, NULL),
	('3至5万', NULL, 30000, 50000), ('3至5万元', NULL, 3, 5),
	('10%~15%', NULL, 10, 15), ('10~15%', NULL, 10, 15), ('20%至30%', NULL, 20, 30),
	('三四万吨', NULL, 3, 4), ('七八十家', NULL, 70, 80), ('十五六个', NULL, 15, 16),
	('五六百元', NULL, 500, 600), ('1万-3万元', NULL, 1, 3), ('100~200元', NULL, 100, 200),
	('1到3万元', NULL, 1, 3), ('3-5亿元', NULL, 3, 5)
) v(t, wq, wl, wh)) s;

-- not a quantity: NULL
SELECT t, indnews.parse_quantity(t) IS NULL AS is_null
FROM (VALUES ('一切'), ('2021年'), ('3月'), ('一季度'), ('十四五'), ('万元'),
	(''), ('abc'), ('12a3')) v(t);

-- running text: every quantity with its offsets
SELECT start, "end", span, kind, value, unit, base_value, base_unit, qualifier, low, high
FROM indnews.quantities('全市完成工业投资356.2亿元，同比增长12.5%，占全省的8.1%。');
SELECT start, "end", span, kind, value, unit, base_value, base_unit, qualifier, low, high
FROM indnews.quantities('比全省平均增速高1.1个百分点，排全省第2位；新增规上工业企业90家，年产30万吨再生铝，150MW光伏，120GWh电池，装机300万千瓦。');
SELECT start, "end", span, kind, value, unit, base_value, qualifier, low, high
FROM indnews.quantities('約300億元，300亿元左右，超过100家，逾5000人，300余家，10多万元，3万多吨，投资3至5万元，增长10%~15%，三四万吨。');
SELECT start, "end", span, kind, value, unit, base_value
FROM indnews.quantities('百分之八点四，千分之三，近七成，翻一番，增长1.5倍，１２３ＭＷ，150 兆瓦，第一名，位居第一。');

-- no false hits: words, dates, periods, plan names, ids, phone numbers, codes
SELECT t, count(q.*) AS hits
FROM (VALUES ('一切统一万一四川一致'), ('一季度第一季度前三季度'), ('"十四五"规划'),
	('2021年3月'), ('2021年3月5日'), ('1至11月'), ('1-10月份'), ('电话0731-88888888'),
	('13812345678'), ('G20峰会'), ('5G基站'), ('H7N9'), ('COVID-19'),
	('2021-03-05'), ('10:30'), ('一次性补贴'), ('三年来'), ('近3年'), ('10多年'),
	('一是二是三是'), ('进一步'), ('唯一'), ('之一'), ('零售'), ('三台县'),
	('v1.2.3'), ('138 1234 5678'), ('十大产业'), ('3个月'), ('第一批')
	) v(t)
	LEFT JOIN LATERAL indnews.quantities(v.t) q ON true
GROUP BY t ORDER BY t;

-- limits: huge inputs give no row and no hang
SELECT count(*) FROM indnews.quantities(repeat('一', 350000));
SELECT count(*) FROM indnews.quantities(repeat('9', 1000) || '元');
SELECT count(*) FROM indnews.quantities(repeat('增长5%，', 20000));

-- breadth: traditional script and full width in every category
SELECT t, (q).value, (q).unit, (q).base_value, (q).base_unit, (q).kind,
	(q).base_value = want AND (q).base_unit IS NOT DISTINCT FROM bu AS ok
FROM (SELECT t, indnews.parse_quantity(t) AS q, want, bu FROM (VALUES
	('百分之五十', 50, 'pct'), ('１２．５％', 12.5, 'pct'), ('５０％', 50, 'pct'),
	('百分之１０', 10, 'pct'), ('千分之五', 0.5, 'pct'), ('負3.2%', -3.2, 'pct'),
	('兩成', 20, 'pct'), ('百分之一百', 100, 'pct'), ('0.5個百分點', 0.5, 'pp'),
	('五個百分點', 5, 'pp'), ('１．２个百分点', 1.2, 'pp'),
	('300億元', 30000000000, 'CNY'), ('5萬美元', 50000, 'USD'),
	('100萬港元', 1000000, 'HKD'), ('100港元', 100, 'HKD'), ('HK$100', 100, 'HKD'),
	('1000新台幣', 1000, 'TWD'), ('1000新臺幣', 1000, 'TWD'), ('100日元', 100, 'JPY'),
	('100英鎊', 100, 'GBP'), ('£50', 50, 'GBP'), ('100歐元', 100, 'EUR'),
	('1.5萬億元', 1500000000000, 'CNY'), ('兩億元', 200000000, 'CNY'),
	('RMB 100', 100, 'CNY'), ('＄１００', 100, 'USD'), ('￥１００', 100, 'CNY'),
	('ＵＳＤ１００', 100, 'USD'), ('１００美元', 100, 'USD'), ('€50', 50, 'EUR'),
	('1000韓元', 1000, 'KRW'), ('100盧布', 100, 'RUB'), ('100澳元', 100, 'AUD'),
	('100加元', 100, 'CAD'), ('100瑞士法郎', 100, 'CHF'),
	('500噸', 500, 't'), ('200公斤', 0.2, 't'), ('5克', 0.000005, 't'),
	('2斤', 0.001, 't'), ('1.5萬噸', 15000, 't'), ('５００吨', 500, 't'),
	('３千克', 0.003, 't'), ('10毫克', 0.00000001, 't'), ('5磅', 0.00226796185, 't'),
	('5千瓦', 5000, 'W'), ('150 兆瓦', 150000000, 'W'), ('100萬千瓦', 1000000000, 'W'),
	('５ｋＷ', 5000, 'W'), ('1.5GW', 1500000000, 'W'), ('100瓦', 100, 'W'),
	('100千瓦時', 100000, 'Wh'), ('35億千瓦時', 3500000000000, 'Wh'),
	('100度電', 100000, 'Wh'), ('5兆瓦時', 5000000, 'Wh'), ('１００ｋＷｈ', 100000, 'Wh'),
	('10亿度', 1000000000000, 'Wh'),
	('500平方米', 500, 'm2'), ('2平方公里', 2000000, 'm2'), ('100畝', 66667, 'm2'),
	('１００㎡', 100, 'm2'), ('5平方千米', 5000000, 'm2'), ('1.5萬平方米', 15000, 'm2'),
	('10平米', 10, 'm2'), ('5公顷', 50000, 'm2'),
	('5公里', 5000, 'm'), ('100米', 100, 'm'), ('3千米', 3000, 'm'), ('10厘米', 0.1, 'm'),
	('10釐米', 0.1, 'm'), ('20毫米', 0.02, 'm'), ('５ｋｍ', 5000, 'm'),
	('10英里', 16093.44, 'm'), ('1.8米', 1.8, 'm'), ('200海里', 370400, 'm'),
	('100立方米', 100, 'm3'), ('10億立方米', 1000000000, 'm3'), ('300毫升', 0.0003, 'm3'),
	('十二個', 12, 'count'), ('兩家', 2, 'count'), ('三百戶', 300, 'count'),
	('5萬人', 50000, 'count'), ('10輛', 10, 'count'), ('3架', 3, 'count'),
	('5艘', 5, 'count'), ('20所', 20, 'count'),
	('30座', 30, 'count'), ('5條', 5, 'count'), ('100件', 100, 'count'),
	('10萬套', 100000, 'count'), ('2000萬人次', 20000000, 'count'),
	('第一位', 1, 'rank'), ('第２位', 2, 'rank'), ('第３名', 3, 'rank'),
	('第十二名', 12, 'rank'), ('第一百位', 100, 'rank'),
	('１．５倍', 1.5, 'times'), ('三倍', 3, 'times'), ('兩倍', 2, 'times'),
	('翻兩番', 4, 'times'), ('2.5倍', 2.5, 'times')
) v(t, want, bu)) s;

SELECT t, (q).value, (q).unit, (q).qualifier, (q).low, (q).high,
	(q).qualifier IS NOT DISTINCT FROM wq AND (q).low IS NOT DISTINCT FROM wl
	AND (q).high IS NOT DISTINCT FROM wh AS ok
FROM (SELECT t, indnews.parse_quantity(t) AS q, wq, wl, wh FROM (VALUES
	('3至5萬元', NULL, 3::numeric, 5::numeric), ('三四萬噸', NULL, 3, 4),
	('10%～15%', NULL, 10, 15), ('１０～１５％', NULL, 10, 15), ('1萬-3萬元', NULL, 1, 3),
	('100到200元', NULL, 100, 200), ('5-10億元', NULL, 5, 10),
	('3~5個百分點', NULL, 3, 5), ('20至30萬人', NULL, 20, 30), ('1.5-2倍', NULL, 1.5, 2),
	('約300億元', 'about', NULL, NULL), ('超過100家', 'over', NULL, NULL),
	('不足100人', 'under', NULL, NULL), ('至少50家', 'at_least', NULL, NULL),
	('不超過5%', 'at_most', NULL, NULL), ('300餘家', 'over', NULL, NULL),
	('10多萬元', 'over', NULL, NULL), ('3萬多噸', 'over', NULL, NULL),
	('10%以上', 'over', NULL, NULL), ('5%以下', 'under', NULL, NULL),
	('不低於10%', 'at_least', NULL, NULL), ('將近1000人', 'about', NULL, NULL),
	('接近50%', 'about', NULL, NULL), ('近千家', 'about', NULL, NULL),
	('100万元以上', 'over', NULL, NULL), ('大約5萬噸', 'about', NULL, NULL),
	('5萬噸左右', 'about', NULL, NULL), ('约１００亿元', 'about', NULL, NULL),
	('逾百家', 'over', NULL, NULL), ('三十多家', 'over', NULL, NULL),
	('二十余家', 'over', NULL, NULL), ('一百多万', 'over', NULL, NULL)
) v(t, wq, wl, wh)) s;

-- running text in traditional script
SELECT start, "end", span, kind, value, unit, base_value, base_unit, qualifier, low, high
FROM indnews.quantities('全港失業率為3.5%，較上月下降0.2個百分點；約有12萬人失業，政府撥款HK$100億，興建3000個單位，面積約5萬平方米。');

-- currencies named in words before the number or after 元; more dimensions
SELECT t, (q).value, (q).unit, (q).base_value, (q).base_unit, (q).kind, (q).qualifier,
	(q).base_value = want AND (q).base_unit IS NOT DISTINCT FROM bu AND
	(q).unit IS NOT DISTINCT FROM wu AND (q).qualifier IS NOT DISTINCT FROM wq AS ok
FROM (SELECT t, indnews.parse_quantity(t) AS q, want, bu, wu, wq FROM (VALUES
	('港幣100元', 100, 'HKD', '港元', NULL), ('港币100元', 100, 'HKD', '港元', NULL),
	('人民幣100元', 100, 'CNY', '元', NULL), ('人民币100元', 100, 'CNY', '元', NULL),
	('人民币100万元', 1000000, 'CNY', '万元', NULL), ('港币100万元', 1000000, 'HKD', '万港元', NULL),
	('美元100', 100, 'USD', '美元', NULL), ('人民币 500', 500, 'CNY', '元', NULL),
	('1000元新台幣', 1000, 'TWD', '新台币', NULL), ('1000元新台币', 1000, 'TWD', '新台币', NULL),
	('1000元港币', 1000, 'HKD', '港元', NULL), ('约人民币100元', 100, 'CNY', '元', 'about'),
	('約人民幣100元', 100, 'CNY', '元', 'about'), ('新加坡元50', 50, 'SGD', '新加坡元', NULL),
	('3盎司', 0.000085048569375, 't', '盎司', NULL), ('50克', 0.00005, 't', '克', NULL),
	('50g', 0.00005, 't', 'g', NULL), ('5千克', 0.005, 't', '千克', NULL),
	('5kg', 0.005, 't', 'kg', NULL), ('100焦耳', 100, 'J', '焦耳', NULL),
	('5千焦', 5000, 'J', '千焦', NULL), ('3平方英里', 7769964.331008, 'm2', '平方英里', NULL),
	('3英畝', 12140.5692672, 'm2', '英亩', NULL), ('10平方厘米', 0.001, 'm2', '平方厘米', NULL),
	('10英尺', 3.048, 'm', '英尺', NULL), ('5英寸', 0.127, 'm', '英寸', NULL),
	('7納米', 0.000000007, 'm', '纳米', NULL), ('3千米', 3000, 'm', '公里', NULL),
	('3km', 3000, 'm', '公里', NULL), ('500ml', 0.0005, 'm3', 'ml', NULL),
	('500mL', 0.0005, 'm3', 'ml', NULL), ('5升', 0.005, 'm3', '升', NULL),
	('5L', 0.005, 'm3', 'L', NULL), ('10m³', 10, 'm3', '立方米', NULL),
	('2加侖', 0.007570823568, 'm3', '加仑', NULL), ('七折', 70, 'pct', '折', NULL),
	('九五折', 95, 'pct', '折', NULL), ('8.5折', 85, 'pct', '折', NULL),
	('上千家', 1000, 'count', '家', 'over'), ('数十家', 10, 'count', '家', 'over'),
	('數十家', 10, 'count', '家', 'over'), ('几百万', 1000000, NULL, NULL, 'over'),
	('幾百萬', 1000000, NULL, NULL, 'over'), ('成千上万', 1000, NULL, NULL, 'over'),
	('数百亿元', 10000000000, 'CNY', '亿元', 'over'), ('近千家', 1000, 'count', '家', 'about'),
	('上万人', 10000, 'count', '万人', 'over'), ('上亿元', 100000000, 'CNY', '亿元', 'over')
) v(t, want, bu, wu, wq)) s;

-- 升 only where it is not the verb; 折 only where it begins no word
SELECT start, "end", span, kind, value, unit, base_value, base_unit, qualifier
FROM indnews.quantities('价格从5升至8元，水位上升5米，加满50升汽油，打九五折，折合人民币100元，累计折旧3万元。');
SELECT start, "end", span, kind, value, unit, base_value, base_unit, qualifier
FROM indnews.quantities('人民币100元和美元200，1美元兑人民币6.9元，净利润3亿元人民币，今年以来上千家企业，5%以上千家。');

-- a prefix unit with no number after it (found by fuzzing: the parser read
-- one character before the text)
SELECT s, indnews.parse_quantity(s) IS NULL AS no_quantity,
	   (SELECT count(*) FROM indnews.quantities(s)) AS found
FROM unnest(ARRAY['百分點', '百分點〜', '百分之', '千分之']) s;
