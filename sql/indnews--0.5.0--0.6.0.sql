/* indnews--0.5.0--0.6.0.sql: hardening of the SQL-language functions and of
 * the privileges of a trusted install */

\echo Use "ALTER EXTENSION indnews UPDATE TO '0.6.0'" to load this file. \quit

-- Every role may use the extension's functions and types: a new schema
-- grants nothing to PUBLIC, so until 0.6.0 only the installing role (a
-- superuser, or the owner of a trusted install) could call them.
GRANT USAGE ON SCHEMA indnews TO PUBLIC;

-- A trusted extension may be created by a non-superuser; its objects then
-- belong to the bootstrap superuser, so the installing role (@extowner@)
-- is given the right to manage the user taxonomy, and every role the right
-- to read it, since extract_metrics_user() reads it with the caller's
-- privileges.
GRANT SELECT ON indnews.user_indicator TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON indnews.user_indicator TO @extowner@;

-- The SQL-language functions get SQL-standard bodies: they are parsed when
-- created, under the script's search_path, so a function, aggregate or
-- operator that a caller's search_path puts first (public.array_agg(text),
-- say) cannot capture their references.  Names are qualified all the same.
CREATE OR REPLACE FUNCTION indnews.extract_metrics_user(body text,
	published date DEFAULT NULL, home_region text DEFAULT NULL)
RETURNS SETOF indnews.metric
LANGUAGE sql STABLE PARALLEL SAFE COST 5000 ROWS 10
BEGIN ATOMIC
	SELECT m.*
	FROM (SELECT pg_catalog.array_agg(indnews.normalize(alias) ORDER BY alias) AS a,
				 pg_catalog.array_agg(indicator ORDER BY alias) AS i
		  FROM indnews.user_indicator) u,
		 indnews.extract_metrics(body, published, home_region,
								 COALESCE(u.a, '{}'::text[]),
								 COALESCE(u.i, '{}'::text[])) m;
END;

CREATE OR REPLACE FUNCTION indnews.metric_value(body text, indicator text,
	measure text, published date DEFAULT NULL)
RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5000
BEGIN ATOMIC
	SELECT m.value
	FROM indnews.extract_metrics(body, published) m
	WHERE m.indicator OPERATOR(pg_catalog.=) metric_value.indicator
	  AND m.measure OPERATOR(pg_catalog.=) metric_value.measure
	  AND NOT m.is_target
	ORDER BY m.span_start
	LIMIT 1;
END;
