# numbers.mk: the numbers layer's generated table (included by the Makefile).
# The unit, qualifier and numeral-word tables are data (src/data/); the
# header is generated from them.
GEN_HEADERS += src/gen/unit_table.h
NUMBERS_DATA = src/data/units.tsv src/data/qualifiers.tsv src/data/numeral_words.txt

src/gen/unit_table.h: src/tools/gen_unit_table.pl $(NUMBERS_DATA)
	@mkdir -p src/gen
	perl $< src/data $@
