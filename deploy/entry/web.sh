#!/bin/sh
# Starts the patient site and editor (Next.js) from a production build
# (`npm run build -w @careleaf/web`). CARELEAF_API_URL names the API, PORT the
# port. It listens on every interface: put it behind the reverse proxy (and a
# firewall). No hostname is passed, nor HOSTNAME (which a container sets to its
# id): with one, Next proxies its own 404 rewrites back to itself (docs/web.md).
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root/apps/web"
if [ ! -d .next ]; then
  echo "apps/web/.next is missing: build the web app first (npm run build -w @careleaf/web)" >&2
  exit 1
fi
unset HOSTNAME
exec node "$root/node_modules/next/dist/bin/next" start --port "${PORT:-3000}"
