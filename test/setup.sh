#!/bin/bash
# setup.sh [--test]: install what indnews needs on Debian 12, then build and
# install the extension.  Run as root (or with sudo).  Idempotent and quiet
# when everything is already there.  --test adds what only the tests need:
# clang and its libFuzzer and sanitizer runtimes.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES="postgresql-15 postgresql-server-dev-15 postgresql-common \
	libicu-dev pkg-config opencc libopencc-data icu-devtools \
	perl make gcc"
if [ "${1:-}" = "--test" ]; then
	PACKAGES="$PACKAGES clang libclang-rt-14-dev"
fi

missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "setup: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

export PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
make -s PG_CONFIG=$PG_CONFIG >/dev/null
make -s PG_CONFIG=$PG_CONFIG install >/dev/null
echo "setup: indnews built and installed into PostgreSQL $($PG_CONFIG --version | awk '{print $2}')"
