/*
 * fuzz_numbers.c
 *		libFuzzer target: parse_number() (src/numeral.c).
 *
 * Property: a parsed number is a plain decimal literal numeric_in()
 * accepts: an optional minus sign, digits, optionally a point and digits.
 */
#include "fuzz_common.h"

#include "numeral.h"

static bool
is_decimal_literal(const char *s)
{
	int			digits = 0;

	if (*s == '-')
		s++;
	while (*s >= '0' && *s <= '9')
		s++, digits++;
	if (*s == '.')
	{
		s++;
		if (!(*s >= '0' && *s <= '9'))
			return false;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return digits > 0 && *s == '\0';
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		buf[IND_NUM_STRLEN];

	if (ind_parse_number((const char *) data, size, buf))
	{
		FUZZ_CHECK(memchr(buf, '\0', sizeof(buf)) != NULL);
		FUZZ_CHECK(is_decimal_literal(buf));
	}
	return 0;
}
