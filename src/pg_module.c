/*
 * pg_module.c
 *		Module entry: connects the core's host hooks to the server.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "nodes/execnodes.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "core_env.h"
#include "pg_glue.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * The core may ask for more than MaxAllocSize when handed a text near the
 * 1 GB limit (output buffers are sized for the worst case), so allocations
 * use the huge variants; the caller's memory context owns them all.
 */
static void *
glue_alloc(size_t size)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, size);
}

static void *
glue_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return MemoryContextAllocHuge(CurrentMemoryContext, size);
	return repalloc_huge(ptr, size);
}

static void
glue_free(void *ptr)
{
	pfree(ptr);
}

static void
glue_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	ind_env.alloc = glue_alloc;
	ind_env.realloc = glue_realloc;
	ind_env.free = glue_free;
	ind_env.check_interrupts = glue_check_interrupts;
}

void
ind_require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("indnews requires a UTF8 database"),
				 errdetail("The current database encoding is %s.",
						   GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

IndDate *
ind_date_arg(FunctionCallInfo fcinfo, int argno, IndDate *buf)
{
	DateADT		d;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return NULL;
	d = PG_GETARG_DATEADT(argno);
	if (DATE_NOT_FINITE(d))
		return NULL;
	j2date(d + POSTGRES_EPOCH_JDATE, &buf->y, &buf->m, &buf->d);
	if (buf->y < 1 || buf->y > 9999)
		return NULL;
	return buf;
}

bool
ind_date_datum(const IndDate *d, Datum *out)
{
	if (d->y < 1 || d->y > 9999)
		return false;
	*out = DateADTGetDatum(date2j(d->y, d->m, d->d) - POSTGRES_EPOCH_JDATE);
	return true;
}

text *
ind_text_from_buf(const char *buf, size_t len)
{
	if (len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("indnews result would exceed the maximum text size"),
				 errdetail("The result needs %zu bytes.", len)));
	return cstring_to_text_with_len(buf, (int) len);
}

void
ind_init_srf(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	if (rsinfo != NULL && IsA(rsinfo, ReturnSetInfo) && rsinfo->expectedDesc != NULL)
		InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	else
		InitMaterializedSRF(fcinfo, 0);
}

/*
 * A numeric from an exact decimal.  Values of up to 18 significant digits
 * (nearly all) are built from an int64 mantissa and a power-of-ten scale,
 * which gives the same numeric as numeric_in of the canonical string but
 * without printing and parsing it; longer ones go through numeric_in.
 */
Datum
ind_dec_datum(const IndDec *d)
{
	char		buf[IND_NUM_STRLEN];
	int64_t		mant;
	int			scale;

	if (ind_dec_to_int64(d, &mant, &scale))
	{
		if (scale == 0)
			return NumericGetDatum(int64_to_numeric(mant));
		return NumericGetDatum(int64_div_fast_to_numeric(mant, scale));
	}
	ind_dec_to_str(d, buf);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}
