/*
 * pg_numbers.c
 *		fmgr glue of the numbers layer: parse_number, parse_quantity,
 *		quantities, parse_period, periods.
 *
 * The core (numeral.c, quantity.c, period.c) yields exact decimals; they
 * become numeric through ind_dec_datum() (pg_module.c) or numeric_in, never
 * through a double.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "access/htup_details.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "core_env.h"
#include "numeral.h"
#include "period.h"
#include "pg_glue.h"
#include "quantity.h"
#include "utf8.h"

PG_FUNCTION_INFO_V1(indnews_parse_number);
PG_FUNCTION_INFO_V1(indnews_parse_quantity);
PG_FUNCTION_INFO_V1(indnews_quantities);
PG_FUNCTION_INFO_V1(indnews_parse_period);
PG_FUNCTION_INFO_V1(indnews_periods);

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

/*
 * The code points of a text argument.  A text of a UTF8 database has been
 * verified on its way in (ind_require_utf8 holds), so it is decoded here
 * without the checks ind_decode_utf8 makes for untrusted bytes; for valid
 * UTF-8 the two give the same code points.  The usual runs, ASCII and
 * three-byte Han, take the first two branches.
 */
static uint32_t *
arg_code_points(text *t, int *n, int **off)
{
	const unsigned char *p = (const unsigned char *) VARDATA_ANY(t);
	const unsigned char *e = p + VARSIZE_ANY_EXHDR(t);
	uint32_t   *cp = palloc((e - p + 1) * sizeof(uint32_t));
	int			k = 0;

	Assert(off == NULL);
	while (p < e)
	{
		const unsigned char *stop = e - p > IND_INTERRUPT_STRIDE ?
		p + IND_INTERRUPT_STRIDE : e;

		while (p < stop)
		{
			unsigned char c = p[0];

			if (c < 0x80)
			{
				cp[k++] = c;
				p++;
			}
			else if (c >= 0xE0 && c < 0xF0)
			{
				cp[k++] = ((uint32_t) (c & 0x0F) << 12) |
					((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
				p += 3;
			}
			else if (c < 0xE0)
			{
				cp[k++] = ((uint32_t) (c & 0x1F) << 6) | (p[1] & 0x3F);
				p += 2;
			}
			else
			{
				cp[k++] = ((uint32_t) (c & 0x07) << 18) |
					((uint32_t) (p[1] & 0x3F) << 12) |
					((uint32_t) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);
				p += 4;
			}
		}
		CHECK_FOR_INTERRUPTS();
	}
	*n = k;
	return cp;
}

/*
 * Byte offsets of character offsets, summed from the decoded characters
 * from the last answer on: the scanners report spans in text order, so the
 * sum over all of them is one pass over the code points, not a second
 * decoding (a span may begin a few characters before the previous one
 * ended, a pre-qualifier; that part is subtracted again).  The text comes
 * from a UTF8 database and is valid, so a character's length follows from
 * its code point.
 */
typedef struct OffsetWalker
{
	const uint32_t *cp;
	int			ch;				/* character offset of ... */
	int			byte;			/* ... this byte offset */
	int			len;			/* byte length of the text */
} OffsetWalker;

/*
 * Bytes of cp[from..to): one byte each, plus one for every code point at or
 * above 0x80, 0x800 and 0x10000.  Written as a plain sum of comparisons so
 * that GCC vectorizes it (the walk covers the whole text).
 */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("tree-vectorize")))
#endif
static int
utf8_bytes_of(const uint32_t *cp, int from, int to)
{
	int			extra = 0;
	int			k;

	for (k = from; k < to; k++)
		extra += (cp[k] >= 0x80) + (cp[k] >= 0x800) + (cp[k] >= 0x10000);
	return (to - from) + extra;
}

static int
walk_to(OffsetWalker *w, int ch)
{
	int			b = w->byte;

	if (ch >= w->ch)
		b += utf8_bytes_of(w->cp, w->ch, ch);
	else
		b -= utf8_bytes_of(w->cp, ch, w->ch);
	w->ch = ch;
	w->byte = b;
	/* never past the text, whatever the bytes (invalid UTF-8 cannot get here) */
	return b < 0 ? 0 : b > w->len ? w->len : b;
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

/*
 * Text datums of the scanners' constant words (kind, base unit, qualifier:
 * pointers into static tables), made once per call of quantities() instead
 * of once per row.  A datum stays valid for the call's whole tuplestore
 * fill, as the rows are copied into it.
 */
#define WORD_CACHE 32
typedef struct WordCache
{
	int			n;
	const char *key[WORD_CACHE];
	Datum		val[WORD_CACHE];
} WordCache;

static Datum
const_text(WordCache *wc, const char *s, bool *isnull)
{
	int			k;

	if (wc == NULL || s == NULL || s[0] == '\0')
		return cstr_text(s, isnull);
	*isnull = false;
	for (k = 0; k < wc->n; k++)
		if (wc->key[k] == s)
			return wc->val[k];
	if (wc->n == WORD_CACHE)
		return cstr_text(s, isnull);
	wc->key[wc->n] = s;
	wc->val[wc->n] = CStringGetTextDatum(s);
	return wc->val[wc->n++];
}

/* The columns value .. kind of a quantity, in indnews.quantity order. */
static void
quantity_values(const IndQuantity *q, Datum *v, bool *nulls, WordCache *wc)
{
	v[0] = q->has_value ? ind_dec_datum(&q->value) : (Datum) 0;
	nulls[0] = !q->has_value;
	v[1] = cstr_text(q->unit, &nulls[1]);
	/* the base value is often the value itself (factor 1, no scale) */
	if (q->has_base && q->has_value &&
		memcmp(&q->base_value, &q->value, sizeof(IndDec)) == 0)
		v[2] = v[0];
	else
		v[2] = q->has_base ? ind_dec_datum(&q->base_value) : (Datum) 0;
	nulls[2] = !q->has_base;
	v[3] = const_text(wc, q->base_unit, &nulls[3]);
	v[4] = const_text(wc, q->qualifier, &nulls[4]);
	v[5] = q->is_range ? ind_dec_datum(&q->low) : (Datum) 0;
	nulls[5] = !q->is_range;
	v[6] = q->is_range ? ind_dec_datum(&q->high) : (Datum) 0;
	nulls[6] = !q->is_range;
	v[7] = const_text(wc, q->kind, &nulls[7]);
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
	quantity_values(&q, v, nulls, NULL);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, v, nulls)));
}

Datum
indnews_quantities(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *t = PG_GETARG_TEXT_PP(0);
	IndQuantity *qs;
	uint32_t   *cp;
	int			n,
				count,
				k;
	OffsetWalker w;
	WordCache	wc;

	ind_require_utf8();
	ind_init_srf(fcinfo);
	wc.n = 0;
	cp = arg_code_points(t, &n, NULL);
	count = ind_scan_quantities(cp, n, &qs);
	w.cp = cp;
	w.ch = w.byte = 0;
	w.len = VARSIZE_ANY_EXHDR(t);
	for (k = 0; k < count; k++)
	{
		Datum		v[11];
		bool		nulls[11];
		const IndQuantity *q = &qs[k];

		int			b0 = walk_to(&w, q->start);
		int			b1 = walk_to(&w, q->end);

		v[0] = Int32GetDatum(q->start);
		v[1] = Int32GetDatum(q->end);
		v[2] = PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(t) + b0, b1 - b0));
		nulls[0] = nulls[1] = nulls[2] = false;
		/* kind first, then value .. high */
		{
			Datum		qv[8];
			bool		qn[8];

			quantity_values(q, qv, qn, &wc);
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
	return (Datum) 0;
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
	ref = ind_date_arg(fcinfo, 1, &refbuf);
	cp = arg_code_points(t, &n, NULL);
	ok = ind_parse_period_cp(cp, n, ref, &p);
	pfree(cp);
	if (!ok || !p.has_dates)
		PG_RETURN_NULL();

	rngtypid = get_fn_expr_rettype(fcinfo->flinfo);
	typcache = lookup_type_cache(rngtypid, TYPECACHE_RANGE_INFO);
	if (typcache->rngelemtype == NULL)
		elog(ERROR, "indnews.parse_period must return a range type");
	if (!ind_date_datum(&p.first, &lower.val) ||
		!ind_date_datum(&p.last, &upper.val))
		PG_RETURN_NULL();
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
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
	int			n,
				count,
				k;
	OffsetWalker w;

	ind_init_srf(fcinfo);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	ind_require_utf8();
	t = PG_GETARG_TEXT_PP(0);
	ref = ind_date_arg(fcinfo, 1, &refbuf);
	cp = arg_code_points(t, &n, NULL);
	count = ind_scan_periods(cp, n, ref, &ps);
	w.cp = cp;
	w.ch = w.byte = 0;
	w.len = VARSIZE_ANY_EXHDR(t);
	for (k = 0; k < count; k++)
	{
		Datum		v[5];
		bool		nulls[5] = {false, false, false, false, false};
		const IndPeriod *p = &ps[k];

		int			b0 = walk_to(&w, p->start);
		int			b1 = walk_to(&w, p->end);

		v[0] = Int32GetDatum(p->start);
		v[1] = Int32GetDatum(p->end);
		v[2] = PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(t) + b0, b1 - b0));
		if (!p->has_dates || !ind_date_datum(&p->first, &v[3]) ||
			!ind_date_datum(&p->last, &v[4]))
			nulls[3] = nulls[4] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	if (ps)
		pfree(ps);
	pfree(cp);
	return (Datum) 0;
}
