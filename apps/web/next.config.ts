import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { staticSecurityHeaders } from './src/lib/security-headers';
import { assertTenantThemes } from './src/theme/themes';

// Every theme the site ships must pass WCAG contrast before it can be built.
assertTenantThemes();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The typed GraphQL documents and theme checks are TypeScript sources in the schema package.
  transpilePackages: ['@careleaf/schema'],
  // Pages get these from the proxy too (with the CSP nonce and HSTS); this covers files the proxy does not see.
  async headers() {
    const noReferrer = [{ key: 'Referrer-Policy', value: 'no-referrer' }];
    return [
      { source: '/:path*', headers: staticSecurityHeaders() },
      { source: '/editor/:page(reset-password|accept-invitation)', headers: noReferrer },
      { source: '/:locale/editor/:page(reset-password|accept-invitation)', headers: noReferrer },
    ];
  },
  experimental: {
    // The root layout is app/[locale]: unknown hosts and locales get their 404 from app/global-not-found.tsx.
    globalNotFound: true,
  },
};

export default createNextIntlPlugin('./src/i18n/request.ts')(nextConfig);
