import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { syncRouteTable } from './src/lib/route-scan';
import { staticSecurityHeaders } from './src/lib/security-headers';
import { assertTenantThemes } from './src/theme/themes';

// Every theme the site ships must pass WCAG contrast before it can be built.
assertTenantThemes();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The typed GraphQL documents and theme checks are TypeScript sources in the schema package.
  transpilePackages: ['@careleaf/schema'],
  // The tracing SDK is loaded from node_modules when tracing is on (src/instrumentation.ts), never bundled.
  serverExternalPackages: [
    '@opentelemetry/context-async-hooks',
    '@opentelemetry/core',
    '@opentelemetry/exporter-trace-otlp-http',
    '@opentelemetry/exporter-trace-otlp-proto',
    '@opentelemetry/resources',
    '@opentelemetry/sdk-trace',
  ],
  // Pages get these from the proxy too (with the CSP nonce and HSTS); this covers files the proxy does not see.
  async headers() {
    const noReferrer = [{ key: 'Referrer-Policy', value: 'no-referrer' }];
    return [
      { source: '/:path*', headers: staticSecurityHeaders() },
      { source: '/editor/:page(reset-password|accept-invitation)', headers: noReferrer },
      { source: '/:locale/editor/:page(reset-password|accept-invitation)', headers: noReferrer },
    ];
  },
  // `npm run cluster` builds beside the API's tsc and the database setup: the type check (typecheck and CI run it)
  // is left out there to start sooner (docs/scaling.md). Every other build checks types.
  typescript: { ignoreBuildErrors: process.env.CARELEAF_BUILD_SKIP_TYPECHECK === '1' },
  experimental: {
    // The root layout is app/[locale]: unknown hosts and locales get their 404 from app/global-not-found.tsx.
    globalNotFound: true,
  },
};

const config = createNextIntlPlugin('./src/i18n/request.ts')(nextConfig);

export default function nextConfigFor(phase: string): NextConfig {
  // The proxy's table of pages follows the app folder: a build (or `next dev`) rewrites it when a page came or went.
  // Next runs in apps/web; `next start` serves what was built and leaves the sources alone.
  if ((phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) && syncRouteTable(process.cwd())) {
    console.log('Updated src/lib/route-table.generated.ts from the app folder: commit it.');
  }
  return config;
}
