/* indnews--0.1.0.sql: script normalization */

\echo Use "CREATE EXTENSION indnews" to load this file. \quit

-- All functions depend on their argument only, and on tables compiled into
-- the module (see indnews.data_versions()): IMMUTABLE, so that they can
-- back expression indexes and generated columns.  A module built from other
-- data must be followed by a REINDEX of such indexes.

CREATE FUNCTION indnews.to_simplified(text) RETURNS text
AS 'MODULE_PATHNAME', 'indnews_to_simplified'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;

COMMENT ON FUNCTION indnews.to_simplified(text) IS
'traditional Chinese (with Hong Kong and Taiwan variants) folded to simplified, phrase-aware';

CREATE FUNCTION indnews.to_traditional(text) RETURNS text
AS 'MODULE_PATHNAME', 'indnews_to_traditional'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10;

COMMENT ON FUNCTION indnews.to_traditional(text) IS
'simplified Chinese to traditional, choosing one-to-many characters by word';

CREATE FUNCTION indnews.strip_pinyin(text) RETURNS text
AS 'MODULE_PATHNAME', 'indnews_strip_pinyin'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;

COMMENT ON FUNCTION indnews.strip_pinyin(text) IS
'removes the tone-marked pinyin glosses mirror sites insert after characters';

CREATE FUNCTION indnews.normalize(text) RETURNS text
AS 'MODULE_PATHNAME', 'indnews_normalize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10;

COMMENT ON FUNCTION indnews.normalize(text) IS
'normal form for indexing: width folding, pinyin glosses and lost spaces removed, simplified script, tidy whitespace';

CREATE FUNCTION indnews.script(text) RETURNS text
AS 'MODULE_PATHNAME', 'indnews_script'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;

COMMENT ON FUNCTION indnews.script(text) IS
'simplified, traditional, mixed or none, from the characters that exist in one script only';

CREATE FUNCTION indnews.data_versions() RETURNS text
AS 'MODULE_PATHNAME', 'indnews_data_versions'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION indnews.data_versions() IS
'versions of the data the compiled tables were generated from';
