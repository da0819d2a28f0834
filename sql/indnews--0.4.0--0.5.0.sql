/* indnews--0.4.0--0.5.0.sql: metrics */

\echo Use "ALTER EXTENSION indnews UPDATE TO '0.5.0'" to load this file. \quit

-- One numeric fact about an economic indicator (README, "Metrics").  Every
-- field has a base type, so BI tools can read the rows as they are.
CREATE TYPE indnews.metric AS (
	indicator text,			-- canonical name from the taxonomy, or NULL
	subject text,			-- the phrase the text uses, simplified
	measure text,			-- value yoy mom share progress rank diff_pp increase capacity
	value numeric,			-- as written, sign applied
	unit text,				-- as written, simplified and half width
	base_value numeric,		-- in base_unit
	base_unit text,			-- CNY USD t W Wh m2 count pct pp rank
	qualifier text,			-- about over under at_least at_most
	period_start date,
	period_end date,
	period_label text,		-- the period as written, folded
	region text,			-- full official name
	region_code text,		-- GB/T 2260 code
	scope text,				-- comparison scope of rank and diff_pp
	is_target boolean,		-- goals, plans, forecasts
	sentence text,			-- as it stands in the input
	span_start integer,		-- character offsets of number and unit
	span_end integer
);

COMMENT ON TYPE indnews.metric IS
'one economic fact stated by a text: indicator, measure, value, unit, base value, period, region, target flag, offsets';

-- The taxonomy compiled in is extended by this table; the STABLE function
-- indnews.extract_metrics_user() reads it.
CREATE TABLE indnews.user_indicator (
	alias text PRIMARY KEY,		-- a form used in texts, either script
	indicator text NOT NULL		-- the canonical name to report
);

COMMENT ON TABLE indnews.user_indicator IS
'user aliases for extract_metrics_user(): each alias (any script) reports as its indicator';

SELECT pg_catalog.pg_extension_config_dump('indnews.user_indicator', '');

CREATE FUNCTION indnews.extract_metrics(body text, published date DEFAULT NULL,
	home_region text DEFAULT NULL)
RETURNS SETOF indnews.metric
AS 'MODULE_PATHNAME', 'indnews_extract_metrics'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 5000 ROWS 10;

COMMENT ON FUNCTION indnews.extract_metrics(text, date, text) IS
'every economic metric of a text; published resolves 今年 and periods without a year, home_region stands for 全市/我市/本市/该市';

CREATE FUNCTION indnews.extract_metrics(body text, published date,
	home_region text, user_aliases text[], user_indicators text[])
RETURNS SETOF indnews.metric
AS 'MODULE_PATHNAME', 'indnews_extract_metrics'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 5000 ROWS 10;

COMMENT ON FUNCTION indnews.extract_metrics(text, date, text, text[], text[]) IS
'extract_metrics with extra aliases (normal form) reporting as the paired indicators';

CREATE FUNCTION indnews.extract_metrics_user(body text, published date DEFAULT NULL,
	home_region text DEFAULT NULL)
RETURNS SETOF indnews.metric
LANGUAGE sql STABLE PARALLEL SAFE COST 5000 ROWS 10
AS $$
	SELECT m.*
	FROM (SELECT array_agg(indnews.normalize(alias) ORDER BY alias) AS a,
				 array_agg(indicator ORDER BY alias) AS i
		  FROM indnews.user_indicator) u,
		 indnews.extract_metrics(body, published, home_region,
								 coalesce(u.a, '{}'), coalesce(u.i, '{}')) m
$$;

COMMENT ON FUNCTION indnews.extract_metrics_user(text, date, text) IS
'extract_metrics with the aliases of indnews.user_indicator added to the taxonomy (STABLE: reads the table)';

-- Scalar accessor for BI tools and generated reports: the first metric of
-- a text with this indicator and measure.
CREATE FUNCTION indnews.metric_value(body text, indicator text, measure text,
	published date DEFAULT NULL)
RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5000
AS $$
	SELECT m.value
	FROM indnews.extract_metrics(body, published) m
	WHERE m.indicator = metric_value.indicator AND m.measure = metric_value.measure
	  AND NOT m.is_target
	ORDER BY m.span_start
	LIMIT 1
$$;

COMMENT ON FUNCTION indnews.metric_value(text, text, text, date) IS
'the first reported (non-target) value of an indicator and measure in a text, or NULL';
