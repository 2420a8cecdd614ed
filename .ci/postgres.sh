#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs and starts a local PostgreSQL with a throwaway role and database for the store's tests, then prints
# the URL to export as PLACARD_TEST_PG_URL. Idempotent: a second run changes nothing and prints the same URL.
# Runs as root on Debian 12 (CI and developer machines). Usage: export PLACARD_TEST_PG_URL="$(bash .ci/postgres.sh)"
set -euo pipefail

ROLE=placard_test
DB=placard_test
PASSWORD=placard_test
PORT=5432

log() { echo "postgres.sh: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || apt-get update >&2
  apt-get install -y -qq postgresql >&2
fi
# PostGIS for the store's spatial index (the store works without it; CI tests the spatial path).
PG_MAJOR=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! ls /usr/share/postgresql/"$PG_MAJOR"/extension/postgis.control >/dev/null 2>&1; then
  log "installing postgis for PostgreSQL $PG_MAJOR"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "postgresql-$PG_MAJOR-postgis-3" >&2 || { apt-get update -qq >&2; apt-get install -y -qq "postgresql-$PG_MAJOR-postgis-3" >&2; }
fi

# The Debian package creates a cluster per installed major version; start whichever exists.
VERSION="" CLUSTER="" PORT=""
read -r VERSION CLUSTER PORT < <(pg_lsclusters --no-header | awk 'NR==1 {print $1, $2, $3}') || true
if [ -z "${VERSION:-}" ]; then
  VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
  CLUSTER=main
  log "creating cluster $VERSION/$CLUSTER"
  pg_createcluster "$VERSION" "$CLUSTER" >&2
  PORT=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
fi
if ! pg_lsclusters --no-header | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
  log "starting cluster $VERSION/$CLUSTER"
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
for _ in $(seq 1 30); do
  if su postgres -c "psql -p $PORT -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qAt $*" >&2; }
if [ "$(su postgres -c "psql -p $PORT -qAtc \"select 1 from pg_roles where rolname='$ROLE'\"")" != "1" ]; then
  log "creating role $ROLE"
  psql_admin "-c \"create role $ROLE login password '$PASSWORD'\""
else
  psql_admin "-c \"alter role $ROLE login password '$PASSWORD'\""
fi
if [ "$(su postgres -c "psql -p $PORT -qAtc \"select 1 from pg_database where datname='$DB'\"")" != "1" ]; then
  log "creating database $DB"
  psql_admin "-c \"create database $DB owner $ROLE\""
fi

# PostGIS is not a trusted extension: the superuser creates it once, the store's role then uses it.
su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qAt -d $DB -c 'create extension if not exists postgis'" >&2

echo "postgresql://$ROLE:$PASSWORD@localhost:$PORT/$DB"
