#!/bin/bash
# demo.sh: the main job.  Installs what is needed, builds and installs
# indnews, starts a throwaway PostgreSQL cluster, loads seeds/ into a table
# and prints what indnews makes of the documents.
set -euo pipefail
cd "$(dirname "$0")/.."
bash test/setup.sh
pg_virtualenv -t -v 15 bash -c '
	set -euo pipefail
	test/load-folder.sh seeds raw_documents
	psql -X -q -v ON_ERROR_STOP=1 -f test/demo.sql
'
