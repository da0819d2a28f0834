-- A trusted extension: a role with CREATE on the database installs it
-- without being superuser, and gets a working extension; the SQL-language
-- functions cannot be captured through the caller's search_path.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS indnews CASCADE;
DROP SCHEMA IF EXISTS indnews CASCADE;
CREATE ROLE regress_indnews_owner;
CREATE ROLE regress_indnews_reader;
DO $$ BEGIN
	EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_indnews_owner',
				   current_database());
END $$;
CREATE SCHEMA regress_plant AUTHORIZATION regress_indnews_reader;

SET ROLE regress_indnews_owner;
CREATE EXTENSION indnews;
SELECT extversion, pg_get_userbyid(extowner) AS owner
FROM pg_extension WHERE extname = 'indnews';

-- the installing role manages the user taxonomy
INSERT INTO indnews.user_indicator VALUES ('光伏組件', '光伏组件产量');
SELECT indicator, measure, value FROM indnews.extract_metrics_user('全市光伏组件产量同比增长12.5%。');
RESET ROLE;

-- another role reads and uses it, and cannot change it
SET ROLE regress_indnews_reader;
SELECT indicator, measure, value FROM indnews.extract_metrics_user('全市光伏组件产量同比增长12.5%。');
\set VERBOSITY sqlstate
DELETE FROM indnews.user_indicator;
\set VERBOSITY default

-- a plant on the reader's search_path: an exact-type array_agg(text) and a
-- text = text operator that would win over pg_catalog's polymorphic
-- array_agg (the operator loses to pg_catalog's anyway; the aggregate would
-- not, in a function body parsed at call time)
CREATE FUNCTION regress_plant.grab(text[], text) RETURNS text[]
LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'captured'; END $$;
CREATE AGGREGATE regress_plant.array_agg(text) (sfunc = regress_plant.grab, stype = text[]);
SET search_path = regress_plant, pg_catalog;
SELECT indicator, measure, value FROM indnews.extract_metrics_user('全市光伏组件产量同比增长12.5%。');
SELECT indnews.metric_value('全市规模工业增加值同比增长8.4%。', '规模以上工业增加值', 'yoy');
RESET search_path;
RESET ROLE;

-- no SECURITY DEFINER function, and every SQL-language function has a body
-- parsed at creation (prosqlbody) rather than a string parsed at call time
SELECT p.proname, p.prosecdef, p.prosqlbody IS NOT NULL AS parsed_at_creation
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'indnews'
WHERE p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'sql') OR p.prosecdef
ORDER BY 1;

-- clean up: the extension is recreated by the next test that needs it
DROP EXTENSION indnews CASCADE;
DROP SCHEMA indnews CASCADE;
DROP SCHEMA regress_plant CASCADE;
DO $$ BEGIN
	EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_indnews_owner',
				   current_database());
END $$;
DROP ROLE regress_indnews_owner;
DROP ROLE regress_indnews_reader;
