#!/bin/sh
# Starts the patient site and editor (Next.js) from a production build
# (`npm run build -w @careleaf/web`). CARELEAF_API_URL names the API;
# WEB_HOST is the address to listen on (0.0.0.0 in a container), PORT the port.
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root/apps/web"
if [ ! -d .next ]; then
  echo "apps/web/.next is missing: build the web app first (npm run build -w @careleaf/web)" >&2
  exit 1
fi
exec node "$root/node_modules/next/dist/bin/next" start --hostname "${WEB_HOST:-127.0.0.1}" --port "${PORT:-3000}"
