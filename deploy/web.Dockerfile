# syntax=docker/dockerfile:1
# The patient site and editor (Next.js). Build from the repository root:
#   docker build -f deploy/web.Dockerfile -t careleaf-web .
# Not built in this repository's tests (see docs/deploy.md).

FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY migrations/package.json migrations/
COPY packages/schema/package.json packages/schema/
COPY packages/content-checks/package.json packages/content-checks/
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY packages packages
COPY apps/web apps/web
ENV NEXT_TELEMETRY_DISABLED=1
RUN node node_modules/typescript/bin/tsc -b packages/schema packages/content-checks \
  && cd apps/web && NODE_ENV=production node ../../node_modules/next/dist/bin/next build

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY migrations/package.json migrations/
COPY packages/schema/package.json packages/schema/
COPY packages/content-checks/package.json packages/content-checks/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
      --workspace apps/web --workspace packages/schema --workspace packages/content-checks \
  && npm cache clean --force

FROM node:24-bookworm-slim
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
WORKDIR /app
COPY --from=deps /app ./
# Only what `next start` reads: the build, and the config with the sources it imports (themes, route table).
COPY --from=build /src/packages/schema/src packages/schema/src
COPY --from=build /src/packages/schema/dist packages/schema/dist
COPY --from=build /src/packages/content-checks/dist packages/content-checks/dist
COPY --from=build /src/apps/web/.next apps/web/.next
COPY --from=build /src/apps/web/src apps/web/src
COPY --from=build /src/apps/web/messages apps/web/messages
COPY --from=build /src/apps/web/next.config.ts /src/apps/web/tsconfig.json /src/apps/web/global.d.ts apps/web/
COPY deploy/entry deploy/entry
# Next writes its data cache and regenerated pages under .next: the one directory the process may change.
RUN mkdir -p apps/web/.next/cache && chown -R node:node apps/web/.next
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["deploy/entry/web.sh"]
