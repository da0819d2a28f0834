-- indnews 0.6.0 -> 0.7.0
--
-- No catalog change.  The library's answers changed: extract_metrics reads
-- more subjects (rates, balances, shares before 占, 从A降至B), takes
-- provinces as regions and drops single days as periods; periods() gives a
-- reversed range no dates.  Expression indexes, generated columns and
-- materialized views built on these functions must be rebuilt (REINDEX,
-- REFRESH MATERIALIZED VIEW, or UPDATE ... SET col = DEFAULT).
\echo Use "ALTER EXTENSION indnews UPDATE TO '0.7.0'" to load this file. \quit
