#!/bin/bash
# Runs once, when the primary's data folder is first created (docker-entrypoint-initdb.d): lets
# db-replica stream from it over the compose network. Not needed by `npm run cluster`, which writes
# its own pg_hba.conf (scripts/cluster/postgres.ts).
set -eu
echo "host replication ${POSTGRES_USER} samenet scram-sha-256" >> "$PGDATA/pg_hba.conf"
