/*
 * pg_glue.h
 *		Shared helpers of the fmgr glue (src/pg_*.c).  Server side only.
 */
#ifndef INDNEWS_PG_GLUE_H
#define INDNEWS_PG_GLUE_H

#include "postgres.h"
#include "fmgr.h"

#include "numeral.h"
#include "period.h"

/*
 * Every entry point taking text calls this first: the core works on UTF-8
 * only, and text in any other server encoding would come out mangled.
 * Raises ERRCODE_FEATURE_NOT_SUPPORTED outside a UTF8 database.
 */
extern void ind_require_utf8(void);

/*
 * Set up a materialized set-returning call.  Called in FROM, as the SRFs
 * are, the executor passes the declared row type as expectedDesc; taking it
 * saves building the descriptor from the catalog once per outer row.
 */
extern void ind_init_srf(FunctionCallInfo fcinfo);

/*
 * A date argument (a reference or publication date) as the core's IndDate
 * in buf, or NULL when it is SQL NULL, infinite or outside the years
 * 1..9999: such a date is treated as unknown, since "this year" or "last
 * year" cannot be counted from it.
 */
extern IndDate *ind_date_arg(FunctionCallInfo fcinfo, int argno, IndDate *buf);

/*
 * The date d as a date datum in *out; false when it lies outside the years
 * 1..9999 (a year the text counted from its reference date), which the
 * caller reports as NULL.
 */
extern bool ind_date_datum(const IndDate *d, Datum *out);

/*
 * A numeric datum of the exact decimal d: the numeric that numeric_in gives
 * for its canonical string (ind_dec_to_str), the same bytes included.
 */
extern Datum ind_dec_datum(const IndDec *d);

/* A text datum holding a copy of buf[0..len). */
extern text *ind_text_from_buf(const char *buf, size_t len);

#endif							/* INDNEWS_PG_GLUE_H */
