-- A database that is not UTF8 gets a clear error, not mangled text.
SET client_min_messages = warning;
CREATE DATABASE indnews_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c indnews_latin1
SET client_min_messages = warning;
CREATE EXTENSION indnews;
\set VERBOSITY default
SELECT indnews.to_simplified('abc');
SELECT indnews.normalize('abc');
SELECT indnews.script('abc');
\c contrib_regression
DROP DATABASE indnews_latin1;
