/*
 * script_detect.h
 *		Which script a text is written in.
 */
#ifndef INDNEWS_SCRIPT_DETECT_H
#define INDNEWS_SCRIPT_DETECT_H

#include <stddef.h>

typedef enum IndScript
{
	IND_SCRIPT_NONE,			/* no Han character */
	IND_SCRIPT_SIMPLIFIED,
	IND_SCRIPT_TRADITIONAL,
	IND_SCRIPT_MIXED
} IndScript;

typedef struct IndScriptCount
{
	size_t		han;
	size_t		trad_only;		/* characters only the traditional script has */
	size_t		simp_only;		/* characters only the simplified script has */
} IndScriptCount;

extern void ind_script_count(const char *in, size_t len, IndScriptCount *count);
extern IndScript ind_script_classify(const IndScriptCount *count);
extern IndScript ind_script_detect(const char *in, size_t len);
extern const char *ind_script_name(IndScript script);

#endif							/* INDNEWS_SCRIPT_DETECT_H */
