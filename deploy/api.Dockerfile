# syntax=docker/dockerfile:1
# The API and its CLI (migration job). Build from the repository root:
#   docker build -f deploy/api.Dockerfile -t careleaf-api .
# Not built in this repository's tests (no image registry on the test machine):
# tests/ops/entry-scripts.int.spec.ts runs the same entry scripts without containers.

FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY migrations/package.json migrations/
COPY packages/schema/package.json packages/schema/
COPY packages/content-checks/package.json packages/content-checks/
# No install scripts: the image's own Node 24 runs everything (the `node` devDependency would download another).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY apps/api apps/api
COPY migrations migrations
COPY packages/schema packages/schema
COPY packages/content-checks packages/content-checks
RUN node node_modules/typescript/bin/tsc -b apps/api

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY migrations/package.json migrations/
COPY packages/schema/package.json packages/schema/
COPY packages/content-checks/package.json packages/content-checks/
# Production dependencies of the API and the packages it uses, nothing of the web app.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
      --workspace apps/api --workspace migrations --workspace packages/schema --workspace packages/content-checks \
  && npm cache clean --force

FROM node:24-bookworm-slim
ENV NODE_ENV=production API_HOST=0.0.0.0 API_PORT=4000 MIGRATE_ON_START=false
WORKDIR /app
COPY --from=deps --chown=root:root /app ./
COPY --from=build /src/apps/api/dist apps/api/dist
COPY --from=build /src/migrations/dist migrations/dist
COPY --from=build /src/packages/schema/dist packages/schema/dist
COPY --from=build /src/packages/schema/schema.graphql packages/schema/schema.graphql
COPY --from=build /src/packages/content-checks/dist packages/content-checks/dist
COPY deploy/entry deploy/entry
# The code belongs to root and cannot be changed by the process, which runs as the image's unprivileged
# user; uploaded media (local disk storage) are the one thing it writes (compose mounts a volume there).
RUN mkdir -p /app/.data/media && chown -R node:node /app/.data
USER node
EXPOSE 4000
# Liveness only: a database outage shows in /readyz, and restarting would not fix it.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.API_PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["deploy/entry/api.sh"]
