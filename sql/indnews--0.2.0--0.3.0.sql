/* indnews--0.2.0--0.3.0.sql: articles from raw crawled documents, damage */

\echo Use "ALTER EXTENSION indnews UPDATE TO '0.3.0'" to load this file. \quit

-- What a GBK mirror did to a text (see indnews.damage).
CREATE TYPE indnews.damage_report AS (
	glosses integer,			-- pinyin glosses, intact or broken: 來(lái)
	lost_chars integer,			-- "?" standing for a bad GBK byte pair
	out_of_step integer,		-- spans decoded one byte out of step
	lost_space_runs integer,	-- "? ? ? ?": lost no-break spaces
	score double precision		-- share of the characters damaged, 0 to 1
);

COMMENT ON TYPE indnews.damage_report IS
'damage a GBK mirror did to a text: glosses, lost characters, out-of-step spans, lost-space runs, and the share of characters damaged';

-- A raw crawled document, parsed.
CREATE TYPE indnews.article AS (
	title text,
	published timestamptz,		-- China time (+08:00) unless the text gives an offset
	source text,				-- the outlet, in simplified script
	authors text[],				-- names only
	url text,					-- the article's own link
	categories text[],			-- Jekyll front matter
	tags text[],
	body text,					-- clean paragraphs, one per line
	script text,				-- simplified, traditional, mixed; NULL without Han
	damage indnews.damage_report	-- of the raw document
);

COMMENT ON TYPE indnews.article IS
'a crawled document parsed into title, date, outlet, authors, link, front-matter categories and tags, clean body, script and damage';

-- All depend on their argument only, and on tables compiled into the module
-- or ICU's data: IMMUTABLE.  A date without offset is taken as China time,
-- not the session's time zone, for the same reason.

CREATE FUNCTION indnews.damage(text) RETURNS indnews.damage_report
AS 'MODULE_PATHNAME', 'indnews_damage'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;

COMMENT ON FUNCTION indnews.damage(text) IS
'counts the damage a GBK mirror did to a text, in one pass';

CREATE FUNCTION indnews.repair(text) RETURNS text
AS 'MODULE_PATHNAME', 'indnews_repair'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;

COMMENT ON FUNCTION indnews.repair(text) IS
'deterministic repair of lost-space runs, broken glosses and out-of-step spans; lost characters stay "?"';

CREATE FUNCTION indnews.repairs(text,
	OUT start integer, OUT "end" integer, OUT before text, OUT after text,
	OUT confidence double precision)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'indnews_repairs'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 5;

COMMENT ON FUNCTION indnews.repairs(text) IS
'the spans repair() changes or only reports: 0-based character offsets (end exclusive), before, after, confidence (0: lost, left as it was)';

CREATE FUNCTION indnews.parse_article(raw text) RETURNS indnews.article
AS 'MODULE_PATHNAME', 'indnews_parse_article'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 200;

COMMENT ON FUNCTION indnews.parse_article(text) IS
'parses a raw crawled document (front matter and HTML, plain text, mirror text) into an indnews.article';
