/*
 * pg_damage.c
 *		SQL surface of damage detection and repair: damage(text),
 *		repair(text), repairs(text).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "damage.h"
#include "pg_glue.h"

PG_FUNCTION_INFO_V1(indnews_damage);
PG_FUNCTION_INFO_V1(indnews_repair);
PG_FUNCTION_INFO_V1(indnews_repairs);

extern Datum damage_report_datum(const IndDamageReport *r, TupleDesc tupdesc);

/* An indnews.damage_report datum; parse_article nests one too. */
Datum
damage_report_datum(const IndDamageReport *r, TupleDesc tupdesc)
{
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	if (tupdesc->natts != 5)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("indnews.damage_report has %d attributes, expected 5",
						tupdesc->natts)));
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = Int32GetDatum(r->glosses);
	values[1] = Int32GetDatum(r->lost_chars);
	values[2] = Int32GetDatum(r->out_of_step);
	values[3] = Int32GetDatum(r->lost_space_runs);
	values[4] = Float8GetDatum(r->score);
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

Datum
indnews_damage(PG_FUNCTION_ARGS)
{
	text	   *in;
	TupleDesc	tupdesc;
	IndDamageReport r;

	ind_require_utf8();
	in = PG_GETARG_TEXT_PP(0);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	ind_damage(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &r);
	PG_RETURN_DATUM(damage_report_datum(&r, tupdesc));
}

Datum
indnews_repair(PG_FUNCTION_ARGS)
{
	text	   *in;
	char	   *out;
	size_t		out_len;
	text	   *result;

	ind_require_utf8();
	in = PG_GETARG_TEXT_PP(0);
	out = ind_repair(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &out_len, NULL, NULL);
	result = ind_text_from_buf(out, out_len);
	pfree(out);
	PG_RETURN_TEXT_P(result);
}

/*
 * One row per span found: start and end are character offsets, 0-based
 * and end exclusive like every offset indnews reports (substr(t, start + 1,
 * end - start) is before), after is what repair() puts there, confidence 0
 * a span only reported because what it lost cannot be known.
 */
Datum
indnews_repairs(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *in;
	char	   *out;
	size_t		out_len;
	IndRepair  *rows;
	int			nrows;
	int			i;

	ind_require_utf8();
	in = PG_GETARG_TEXT_PP(0);
	ind_init_srf(fcinfo);
	out = ind_repair(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &out_len, &rows, &nrows);
	pfree(out);
	for (i = 0; i < nrows; i++)
	{
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		values[0] = Int32GetDatum((int32) rows[i].char_start);
		values[1] = Int32GetDatum((int32) rows[i].char_end);
		values[2] = PointerGetDatum(cstring_to_text(rows[i].before));
		values[3] = PointerGetDatum(cstring_to_text(rows[i].after));
		values[4] = Float8GetDatum(rows[i].confidence);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	ind_free_repairs(rows, nrows);
	PG_RETURN_VOID();
}
