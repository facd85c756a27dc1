#!/bin/sh
# Starts the API as production runs it. The API image runs this script; so does
# a machine without containers, from a checkout after `npm ci && npm run build:api`
# (tests/ops/entry-scripts.int.spec.ts does that). Configuration comes from the
# environment (docs/operators.md); a refused one exits 1 with every problem listed.
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if [ ! -f apps/api/dist/src/server/main.js ]; then
  echo "apps/api/dist is missing: build the API first (npm run build:api)" >&2
  exit 1
fi
# exec: the API is PID 1 in a container and gets SIGTERM itself (graceful shutdown).
# The heap flags keep its memory within budget under load (docs/performance.md).
exec node --max-semi-space-size=16 --max-old-space-size=224 apps/api/dist/src/server/main.js
