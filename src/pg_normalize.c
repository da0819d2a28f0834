/*
 * pg_normalize.c
 *		SQL surface of the script functions: to_simplified, to_traditional,
 *		strip_pinyin, normalize, script, data_versions.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "convert.h"
#include "fold.h"
#include "normalize.h"
#include "pg_glue.h"
#include "pinyin.h"
#include "script_detect.h"

PG_FUNCTION_INFO_V1(indnews_to_simplified);
PG_FUNCTION_INFO_V1(indnews_to_traditional);
PG_FUNCTION_INFO_V1(indnews_strip_pinyin);
PG_FUNCTION_INFO_V1(indnews_normalize);
PG_FUNCTION_INFO_V1(indnews_script);
PG_FUNCTION_INFO_V1(indnews_data_versions);

/*
 * Convert straight into a text of worst-case size: one allocation, no copy.
 * The varlena is shortened afterwards; the slack is freed with the context.
 */
static text *
convert_text(text *in, IndConvertDirection dir)
{
	size_t		len = VARSIZE_ANY_EXHDR(in);
	size_t		bound = ind_convert_bound(dir, len);
	text	   *out;
	size_t		out_len;

	if (bound > MaxAllocHugeSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("indnews input too large to convert"),
				 errdetail("The conversion may need %zu bytes.", bound)));
	out = (text *) palloc_extended(bound + VARHDRSZ, MCXT_ALLOC_HUGE);
	out_len = ind_convert(dir, VARDATA_ANY(in), len, VARDATA(out));
	if (out_len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("indnews result would exceed the maximum text size")));
	SET_VARSIZE(out, out_len + VARHDRSZ);
	return out;
}

Datum
indnews_to_simplified(PG_FUNCTION_ARGS)
{
	ind_require_utf8();
	PG_RETURN_TEXT_P(convert_text(PG_GETARG_TEXT_PP(0), IND_T2S));
}

Datum
indnews_to_traditional(PG_FUNCTION_ARGS)
{
	ind_require_utf8();
	PG_RETURN_TEXT_P(convert_text(PG_GETARG_TEXT_PP(0), IND_S2T));
}

Datum
indnews_strip_pinyin(PG_FUNCTION_ARGS)
{
	text	   *in;
	size_t		len;
	text	   *out;

	ind_require_utf8();
	in = PG_GETARG_TEXT_PP(0);
	len = VARSIZE_ANY_EXHDR(in);
	out = (text *) palloc_extended(len + VARHDRSZ, MCXT_ALLOC_HUGE);
	SET_VARSIZE(out, ind_strip_pinyin(VARDATA_ANY(in), len, VARDATA(out)) + VARHDRSZ);
	PG_RETURN_TEXT_P(out);
}

Datum
indnews_normalize(PG_FUNCTION_ARGS)
{
	text	   *in;
	char	   *buf;
	size_t		out_len;

	ind_require_utf8();
	in = PG_GETARG_TEXT_PP(0);
	buf = ind_normalize(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &out_len);
	PG_RETURN_TEXT_P(ind_text_from_buf(buf, out_len));
}

Datum
indnews_script(PG_FUNCTION_ARGS)
{
	text	   *in;

	ind_require_utf8();
	in = PG_GETARG_TEXT_PP(0);
	PG_RETURN_TEXT_P(cstring_to_text(
		ind_script_name(ind_script_detect(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in)))));
}

Datum
indnews_data_versions(PG_FUNCTION_ARGS)
{
	char	   *s = psprintf("character maps: %s; width folding: %s",
							 ind_convert_data_version(),
							 ind_fold_data_version());

	PG_RETURN_TEXT_P(cstring_to_text(s));
}
