#!/bin/bash
# load-corpus.sh DIR TABLE: load the "text" field of every JSONL document in
# DIR/*.jsonl into TABLE(body).  The files are read in place (they are
# copyrighted test data and never copied into the repository).  Lines are
# read raw, with quote and delimiter characters that cannot occur in JSON
# text, so COPY applies no escapes; PostgreSQL's jsonb parser then decodes
# each line.
set -euo pipefail
dir=$1
table=$2
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
	echo "CREATE TEMP TABLE jsonl_lines (line text);"
	for f in "$dir"/*.jsonl; do
		q=${f//\'/\'\'}
		echo "\\copy jsonl_lines FROM '$q' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
	done
	echo "INSERT INTO $table (body) SELECT line::jsonb->>'text' FROM jsonl_lines WHERE line::jsonb->>'text' <> '';"
} > "$script"
psql -X -q -v ON_ERROR_STOP=1 -f "$script"
