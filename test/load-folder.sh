#!/bin/bash
# load-folder.sh: load every file of a folder into a table, one row a file.
#
#   test/load-folder.sh DIR [TABLE] [psql options...]
#
# The table (default raw_documents) is created if missing, with columns
# name (the file name) and body (the file's text, which must be UTF-8).
# Each file goes in through a psql variable, so its text needs no quoting
# or escaping of any kind: tabs, backslashes and newlines arrive as they are.
set -euo pipefail
dir=${1:?usage: load-folder.sh DIR [TABLE] [psql options...]}
table=${2:-raw_documents}
shift $(( $# >= 2 ? 2 : 1 ))

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
	echo "CREATE TABLE IF NOT EXISTS $table (name text PRIMARY KEY, body text NOT NULL);"
	for f in "$dir"/*; do
		[ -f "$f" ] || continue
		q=${f//\'/\'\\\'\'}
		n=$(basename "$f")
		n=${n//\'/\'\'}
		echo "\\set body \`cat '$q'\`"
		echo "INSERT INTO $table (name, body) VALUES ('$n', :'body') ON CONFLICT (name) DO UPDATE SET body = EXCLUDED.body;"
	done
} > "$script"
psql -X -q -v ON_ERROR_STOP=1 "$@" -f "$script"
