-- bench-common.sql: what the benchmark scripts share.  \ir'd by them.

-- best of runs executions of q, in milliseconds
CREATE FUNCTION pg_temp.best_ms(q text, runs int) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	best float8 := 'infinity';
	t0 timestamptz;
BEGIN
	FOR i IN 1 .. runs LOOP
		t0 := clock_timestamp();
		EXECUTE q;
		best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
	RETURN best;
END $$;
