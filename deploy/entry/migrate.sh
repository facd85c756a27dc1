#!/bin/sh
# Applies pending migrations to DATABASE_URL and exits: the migration job of
# compose.yaml, and the step before starting API processes anywhere else (run the
# API with MIGRATE_ON_START=false then). Safe to run again: applied migrations are skipped.
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if [ -z "${DATABASE_URL:-}" ]; then
  echo "DATABASE_URL must name the PostgreSQL to migrate, e.g. postgres://careleaf:secret@db:5432/careleaf" >&2
  exit 1
fi
exec node apps/api/dist/src/server/cli/main.js db migrate
