/*
 * pg_numbers.c
 *		fmgr glue of the numbers layer: parse_number, parse_quantity,
 *		quantities, parse_period, periods.
 *
 * The core (numeral.c, quantity.c, period.c) yields exact decimals as
 * canonical strings; they become numeric through numeric_in, never through
 * a double.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "access/htup_details.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "numeral.h"
#include "period.h"
#include "pg_glue.h"
#include "quantity.h"

PG_FUNCTION_INFO_V1(indnews_parse_number);
PG_FUNCTION_INFO_V1(indnews_parse_quantity);
PG_FUNCTION_INFO_V1(indnews_quantities);
PG_FUNCTION_INFO_V1(indnews_parse_period);
PG_FUNCTION_INFO_V1(indnews_periods);

static Datum
dec_datum(const IndDec *d)
{
	char		buf[IND_NUM_STRLEN];

	ind_dec_to_str(d, buf);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static Datum
cstr_text(const char *s, bool *isnull)
{
	if (s == NULL || s[0] == '\0')
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	return CStringGetTextDatum(s);
}

static uint32_t *
arg_code_points(text *t, int *n, int **off)
{
	return ind_decode_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), n, off);
}

Datum
indnews_parse_number(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char		buf[IND_NUM_STRLEN];

	ind_require_utf8();
	if (!ind_parse_number(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), buf))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
										ObjectIdGetDatum(InvalidOid),
										Int32GetDatum(-1)));
}

/* The columns value .. kind of a quantity, in indnews.quantity order. */
static void
quantity_values(const IndQuantity *q, Datum *v, bool *nulls)
{
	v[0] = q->has_value ? dec_datum(&q->value) : (Datum) 0;
	nulls[0] = !q->has_value;
	v[1] = cstr_text(q->unit, &nulls[1]);
	v[2] = q->has_base ? dec_datum(&q->base_value) : (Datum) 0;
	nulls[2] = !q->has_base;
	v[3] = cstr_text(q->base_unit, &nulls[3]);
	v[4] = cstr_text(q->qualifier, &nulls[4]);
	v[5] = q->is_range ? dec_datum(&q->low) : (Datum) 0;
	nulls[5] = !q->is_range;
	v[6] = q->is_range ? dec_datum(&q->high) : (Datum) 0;
	nulls[6] = !q->is_range;
	v[7] = cstr_text(q->kind, &nulls[7]);
}

Datum
indnews_parse_quantity(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	TupleDesc	tupdesc;
	IndQuantity q;
	Datum		v[8];
	bool		nulls[8];
	uint32_t   *cp;
	int			n;
	bool		ok;

	ind_require_utf8();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("indnews.parse_quantity must return a composite type")));
	tupdesc = BlessTupleDesc(tupdesc);
	cp = arg_code_points(t, &n, NULL);
	ok = ind_parse_quantity_cp(cp, n, &q);
	pfree(cp);
	if (!ok)
		PG_RETURN_NULL();
	quantity_values(&q, v, nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, v, nulls)));
}

Datum
indnews_quantities(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *t = PG_GETARG_TEXT_PP(0);
	IndQuantity *qs;
	uint32_t   *cp;
	int		   *off;
	int			n,
				count,
				k;

	ind_require_utf8();
	InitMaterializedSRF(fcinfo, 0);
	cp = arg_code_points(t, &n, &off);
	count = ind_scan_quantities(cp, n, &qs);
	for (k = 0; k < count; k++)
	{
		Datum		v[11];
		bool		nulls[11];
		const IndQuantity *q = &qs[k];

		v[0] = Int32GetDatum(q->start);
		v[1] = Int32GetDatum(q->end);
		v[2] = PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(t) + off[q->start],
														off[q->end] - off[q->start]));
		nulls[0] = nulls[1] = nulls[2] = false;
		/* kind first, then value .. high */
		{
			Datum		qv[8];
			bool		qn[8];

			quantity_values(q, qv, qn);
			v[3] = qv[7];
			nulls[3] = qn[7];
			memcpy(v + 4, qv, 7 * sizeof(Datum));
			memcpy(nulls + 4, qn, 7 * sizeof(bool));
		}
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	if (qs)
		pfree(qs);
	pfree(cp);
	pfree(off);
	return (Datum) 0;
}

static Datum
date_datum(const IndDate *d)
{
	return DateADTGetDatum(date2j(d->y, d->m, d->d) - POSTGRES_EPOCH_JDATE);
}

/* The reference date argument, NULL when absent or infinite. */
static IndDate *
ref_arg(FunctionCallInfo fcinfo, int argno, IndDate *buf)
{
	DateADT		d;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return NULL;
	d = PG_GETARG_DATEADT(argno);
	if (DATE_NOT_FINITE(d))
		return NULL;
	j2date(d + POSTGRES_EPOCH_JDATE, &buf->y, &buf->m, &buf->d);
	return buf;
}

Datum
indnews_parse_period(PG_FUNCTION_ARGS)
{
	text	   *t;
	IndDate		refbuf;
	IndDate    *ref;
	IndPeriod	p;
	uint32_t   *cp;
	int			n;
	bool		ok;
	Oid			rngtypid;
	TypeCacheEntry *typcache;
	RangeBound	lower,
				upper;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	ind_require_utf8();
	t = PG_GETARG_TEXT_PP(0);
	ref = ref_arg(fcinfo, 1, &refbuf);
	cp = arg_code_points(t, &n, NULL);
	ok = ind_parse_period_cp(cp, n, ref, &p);
	pfree(cp);
	if (!ok || !p.has_dates)
		PG_RETURN_NULL();

	rngtypid = get_fn_expr_rettype(fcinfo->flinfo);
	typcache = lookup_type_cache(rngtypid, TYPECACHE_RANGE_INFO);
	if (typcache->rngelemtype == NULL)
		elog(ERROR, "indnews.parse_period must return a range type");
	lower.val = date_datum(&p.first);
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = date_datum(&p.last);
	upper.infinite = false;
	upper.inclusive = true;
	upper.lower = false;
	PG_RETURN_RANGE_P(make_range(typcache, &lower, &upper, false));
}

Datum
indnews_periods(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *t;
	IndDate		refbuf;
	IndDate    *ref;
	IndPeriod  *ps;
	uint32_t   *cp;
	int		   *off;
	int			n,
				count,
				k;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	ind_require_utf8();
	t = PG_GETARG_TEXT_PP(0);
	ref = ref_arg(fcinfo, 1, &refbuf);
	cp = arg_code_points(t, &n, &off);
	count = ind_scan_periods(cp, n, ref, &ps);
	for (k = 0; k < count; k++)
	{
		Datum		v[5];
		bool		nulls[5] = {false, false, false, false, false};
		const IndPeriod *p = &ps[k];

		v[0] = Int32GetDatum(p->start);
		v[1] = Int32GetDatum(p->end);
		v[2] = PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(t) + off[p->start],
														off[p->end] - off[p->start]));
		if (p->has_dates)
		{
			v[3] = date_datum(&p->first);
			v[4] = date_datum(&p->last);
		}
		else
			nulls[3] = nulls[4] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	if (ps)
		pfree(ps);
	pfree(cp);
	pfree(off);
	return (Datum) 0;
}
