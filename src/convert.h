/*
 * convert.h
 *		Traditional <-> simplified conversion over UTF-8 buffers.
 *
 * A conversion is OpenCC's: at each position the longest phrase of the
 * direction's phrase dictionary wins, else the character's default mapping
 * applies.  Tables come from src/gen/convert_tables.h.
 */
#ifndef INDNEWS_CONVERT_H
#define INDNEWS_CONVERT_H

#include <stddef.h>
#include <stdint.h>

typedef enum IndConvertDirection
{
	IND_T2S,					/* traditional, HK and TW variants -> simplified */
	IND_S2T						/* simplified -> traditional */
} IndConvertDirection;

/* Bytes of output buffer that converting len bytes can need at most. */
extern size_t ind_convert_bound(IndConvertDirection dir, size_t len);

/*
 * Convert in[0..len) into out, which has room for ind_convert_bound() bytes.
 * Returns the number of bytes written.
 */
extern size_t ind_convert(IndConvertDirection dir, const char *in, size_t len,
						  char *out);

/* Script classes of one character (bit flags). */
#define IND_CHAR_TRAD_ONLY	0x1
#define IND_CHAR_SIMP_ONLY	0x2
extern int	ind_char_script_class(uint32_t cp);

/* Text describing the data the tables were generated from. */
extern const char *ind_convert_data_version(void);

#endif							/* INDNEWS_CONVERT_H */
