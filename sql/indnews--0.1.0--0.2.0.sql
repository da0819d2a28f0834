/* indnews--0.1.0--0.2.0.sql: numbers, quantities and periods */

\echo Use "ALTER EXTENSION indnews UPDATE TO '0.2.0'" to load this file. \quit

-- All of these depend on their arguments and on tables compiled into the
-- module only: IMMUTABLE PARALLEL SAFE.  Values are exact numeric; the core
-- never uses floating point.  Limits: a number needs at most 60 digits
-- before the decimal point and 30 after it, else it is not a number (NULL,
-- or no row from the scanners); parse_number answers NULL at once for an
-- argument longer than 616 bytes.

CREATE TYPE indnews.quantity AS (
	value numeric,			-- the number as written (NULL for a range)
	unit text,				-- unit as written, simplified and half width
	base_value numeric,		-- value in base_unit (NULL for a range)
	base_unit text,			-- CNY USD t W Wh m2 count pct pp rank times ...
	qualifier text,			-- about over under at_least at_most
	low numeric,			-- range bounds, in unit
	high numeric,
	kind text				-- money mass power energy area length volume
							-- count percent pp rank ordinal multiple number
);

COMMENT ON TYPE indnews.quantity IS
'a number with its unit, base-unit value, approximation qualifier and range bounds';

CREATE FUNCTION indnews.parse_number(text) RETURNS numeric
AS 'MODULE_PATHNAME', 'indnews_parse_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION indnews.parse_number(text) IS
'the whole argument as one exact number (Arabic, Chinese, financial, traditional, mixed scales, 百分之/成/%); NULL when it is not one';

CREATE FUNCTION indnews.parse_quantity(text) RETURNS indnews.quantity
AS 'MODULE_PATHNAME', 'indnews_parse_quantity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION indnews.parse_quantity(text) IS
'the whole argument as one quantity (number, unit, base value, qualifier, range); NULL when it is not one';

CREATE FUNCTION indnews.quantities(text,
	OUT start integer, OUT "end" integer, OUT span text, OUT kind text,
	OUT value numeric, OUT unit text, OUT base_value numeric,
	OUT base_unit text, OUT qualifier text, OUT low numeric, OUT high numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'indnews_quantities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 20 ROWS 10;

COMMENT ON FUNCTION indnews.quantities(text) IS
'every quantity in running text, with 0-based character offsets (end exclusive)';

CREATE FUNCTION indnews.parse_period(text, ref date DEFAULT NULL) RETURNS daterange
AS 'MODULE_PATHNAME', 'indnews_parse_period'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION indnews.parse_period(text, date) IS
'the whole argument as one reporting period; the year comes from the text, else from ref; NULL when neither gives one';

CREATE FUNCTION indnews.periods(text, ref date DEFAULT NULL,
	OUT start integer, OUT "end" integer, OUT span text,
	OUT period_start date, OUT period_end date)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'indnews_periods'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 10 ROWS 5;

COMMENT ON FUNCTION indnews.periods(text, date) IS
'every reporting period in running text; dates NULL when no year is known';
