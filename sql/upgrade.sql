-- Install scripts and upgrades: 0.1.0 upgraded step by step reaches the
-- same extension as a fresh install of the default version.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS indnews CASCADE;
CREATE EXTENSION indnews VERSION '0.1.0';
SELECT extversion FROM pg_extension WHERE extname = 'indnews';
ALTER EXTENSION indnews UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'indnews';
CREATE TEMP TABLE upgraded AS
SELECT p.oid::regprocedure::text AS fn, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'indnews';
DROP EXTENSION indnews;
CREATE EXTENSION indnews;
CREATE TEMP TABLE fresh AS
SELECT p.oid::regprocedure::text AS fn, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'indnews';
-- no difference either way
(SELECT * FROM upgraded EXCEPT SELECT * FROM fresh)
UNION ALL
(SELECT * FROM fresh EXCEPT SELECT * FROM upgraded);
-- every function: volatility (i = immutable, s = stable), parallel safety
-- (s = safe), strictness
SELECT fn, provolatile, proparallel, proisstrict FROM fresh ORDER BY fn;
