/*
 * script_detect.c
 *		Simplified, traditional, mixed or none, by counting the characters
 *		that exist in one script only.
 *
 * Most Han characters are common to both scripts (人, 工, 业 is not: 業 is
 * its traditional form).  Only the script-specific ones carry evidence.  A
 * text is mixed when the minority script has at least IND_MIXED_SHARE
 * percent of that evidence: a traditional article quoting one simplified
 * character by mistake stays traditional, and a mirror that converted half
 * a page is mixed.  A text whose Han characters are all common to both
 * scripts is already in simplified form (to_simplified leaves it as it is),
 * so it is reported as simplified.
 */
#include "convert.h"
#include "core_env.h"
#include "script_detect.h"
#include "utf8.h"

#define IND_MIXED_SHARE 10

void
ind_script_count(const char *in, size_t len, IndScriptCount *count)
{
	const unsigned char *s = (const unsigned char *) in;
	const unsigned char *end = s + len;
	const unsigned char *next_check = s + IND_INTERRUPT_STRIDE;

	count->han = count->trad_only = count->simp_only = 0;
	while (s < end)
	{
		int			clen;
		uint32_t	cp;
		int			cls;

		if (*s < 0x80)
		{
			s++;
			continue;
		}
		if (s >= next_check)
		{
			ind_check_interrupts();
			next_check = s + IND_INTERRUPT_STRIDE;
		}
		cp = utf8_decode(s, end, &clen);
		s += clen;
		if (!utf8_is_han(cp))
			continue;
		count->han++;
		cls = ind_char_script_class(cp);
		if (cls & IND_CHAR_TRAD_ONLY)
			count->trad_only++;
		else if (cls & IND_CHAR_SIMP_ONLY)
			count->simp_only++;
	}
}

IndScript
ind_script_classify(const IndScriptCount *count)
{
	size_t		evidence = count->trad_only + count->simp_only;
	size_t		minority;

	if (count->han == 0)
		return IND_SCRIPT_NONE;
	if (count->trad_only == 0)
		return IND_SCRIPT_SIMPLIFIED;
	if (count->simp_only == 0)
		return IND_SCRIPT_TRADITIONAL;
	minority = count->trad_only < count->simp_only ?
		count->trad_only : count->simp_only;
	if (minority * 100 >= evidence * IND_MIXED_SHARE)
		return IND_SCRIPT_MIXED;
	return count->trad_only > count->simp_only ?
		IND_SCRIPT_TRADITIONAL : IND_SCRIPT_SIMPLIFIED;
}

IndScript
ind_script_detect(const char *in, size_t len)
{
	IndScriptCount count;

	ind_script_count(in, len, &count);
	return ind_script_classify(&count);
}

const char *
ind_script_name(IndScript script)
{
	switch (script)
	{
		case IND_SCRIPT_SIMPLIFIED:
			return "simplified";
		case IND_SCRIPT_TRADITIONAL:
			return "traditional";
		case IND_SCRIPT_MIXED:
			return "mixed";
		case IND_SCRIPT_NONE:
			break;
	}
	return "none";
}
