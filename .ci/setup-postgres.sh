#!/usr/bin/env bash
# A PostgreSQL server for the core tests that check the models and services on
# PostgreSQL (tests/core/test_postgres.py). Debian's packaged server, started by
# hand (CI has no systemd), one database and one user for FixDesk; the URL goes
# to "$CI_ENV_FILE" as FIXDESK_TEST_PG_URL. Safe to run twice.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

DB_NAME=fixdesk_test
DB_USER=fixdesk
DB_PASS=fixdesk-test-only   # a throwaway local test server, not a real secret
PORT=${FIXDESK_PG_PORT:-5432}

if ! command -v pg_lsclusters >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    pg_createcluster "$version" main --port "$PORT" >/dev/null
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

# pg_ctlcluster runs pg_ctl directly when systemd is not PID 1.
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
    pg_isready -q -h localhost -p "$port" && break
    sleep 1
done
pg_isready -h localhost -p "$port"

as_postgres() { su postgres -s /bin/sh -c "$1"; }
if ! as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'\"" | grep -q 1; then
    as_postgres "psql -q -p $port -c \"CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASS'\""
fi
if ! as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='$DB_NAME'\"" | grep -q 1; then
    as_postgres "createdb -p $port -O $DB_USER $DB_NAME"
fi
# The tests empty the database by dropping and recreating its public schema;
# before PostgreSQL 15 that schema belongs to postgres, so hand it over.
as_postgres "psql -q -p $port -d $DB_NAME -c 'ALTER SCHEMA public OWNER TO $DB_USER'"

url="postgresql://$DB_USER:$DB_PASS@localhost:$port/$DB_NAME"
if [ -n "${CI_ENV_FILE:-}" ]; then
    echo "FIXDESK_TEST_PG_URL=$url" >> "$CI_ENV_FILE"
fi
echo "PostgreSQL $version ready: FIXDESK_TEST_PG_URL=$url"
