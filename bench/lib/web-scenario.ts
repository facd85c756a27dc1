// Scenario (d): the article page as HTML from the built web app (`next start`)
// in front of the Careleaf API of the run. The web app finds the tenant from
// the Host header through the API, so each request carries a bench tenant's host.
import { docSlug, tenantHost, type DatasetSpec } from './datagen.ts';
import { firstLoadJs, hasWebBuild } from './first-load.ts';
import { driveTtfb, send } from './http.ts';
import { cpuSeconds, treeCpuSeconds, treePeakRssMb } from './measure.ts';
import { pick } from './prng.ts';
import type { ScenarioFigures, WebFigures } from './report.ts';
import type { Target } from './scenarios.ts';

export const ARTICLE_ROUTE = '/[locale]/[slug]';

/**
 * A fixed set of article pages, spread over the tenants, small enough that the
 * web app's data cache holds them all after the first visit of each.
 */
export function articlePages(spec: DatasetSpec, count = 200): { host: string; path: string }[] {
  const total = Math.min(count, spec.tenants * spec.documentsPerTenant);
  return Array.from({ length: total }, (_, i) => ({
    host: tenantHost(i % spec.tenants),
    path: `/${spec.locales[0]}/${docSlug(Math.floor(i / spec.tenants) % spec.documentsPerTenant)}`,
  }));
}

export function articleTarget(pages: { host: string; path: string }[]): Target {
  return {
    request: (rand) => {
      const p = pick(rand, pages);
      return { method: 'GET', path: p.path, headers: { host: p.host, accept: 'text/html', 'accept-language': 'de' } };
    },
  };
}

export interface WebRun {
  webUrl: string;
  webPid: number;
  apiPid: number;
  /** apps/web/.next, for the route's first-load JavaScript. */
  dist: string;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  log?: (msg: string) => void;
}

/** Visits every page once (filling the caches and checking each answer), warms up, then measures. */
export async function runArticlePages(spec: DatasetSpec, run: WebRun): Promise<{ scenario: ScenarioFigures; web: WebFigures }> {
  const pages = articlePages(spec);
  const target = articleTarget(pages);
  run.log?.(`scenario d: the article page from the web app, ${pages.length} pages`);
  for (const p of pages) {
    const res = await send(run.webUrl, { method: 'GET', path: p.path, headers: { host: p.host, accept: 'text/html' } });
    if (res.status !== 200 || !/<html[^>]* lang="de"/.test(res.body) || !res.body.includes('id="document-title"'))
      throw new Error(`the web app answered ${p.host}${p.path} wrongly (HTTP ${res.status}): ${res.body.slice(0, 300)}`);
  }
  if (run.warmupSeconds > 0) await driveTtfb(run.webUrl, target, { connections: run.connections, seconds: run.warmupSeconds, seed: 1040 });
  const webBefore = treeCpuSeconds(run.webPid);
  const apiBefore = cpuSeconds(run.apiPid);
  const r = await driveTtfb(run.webUrl, target, { connections: run.connections, seconds: run.seconds, seed: 40 });
  const webCpu = treeCpuSeconds(run.webPid) - webBefore;
  const apiCpu = cpuSeconds(run.apiPid) - apiBefore;
  const perRequest = (cpu: number) => (r.requests ? (cpu * 1000) / r.requests : Number.NaN);
  const js = hasWebBuild(run.dist) ? firstLoadJs(run.dist).find((x) => x.route === ARTICLE_ROUTE) : undefined;
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const web: WebFigures = {
    route: ARTICLE_ROUTE,
    pages: pages.length,
    ttfb: r.ttfb,
    response: r.response,
    webCpuMsPerRequest: perRequest(webCpu),
    apiCpuMsPerRequest: perRequest(apiCpu),
    webPeakRssMb: treePeakRssMb(run.webPid),
    firstLoadJs: js ? { files: js.files, rawKb: kb(js.raw), gzipKb: kb(js.gzip) } : null,
  };
  run.log?.(`  web ${r.rps} pages/s, TTFB p95 ${r.ttfb.p95} ms, ${web.webCpuMsPerRequest.toFixed(3)} ms web CPU/page`);
  return {
    scenario: {
      id: 'd',
      title: 'the article page HTML from the web app (cached data)',
      connections: run.connections,
      careleaf: { rps: r.rps, ...r.ttfb, errors: r.errors, cpuMsPerRequest: web.webCpuMsPerRequest },
      baseline: null,
      cpuRatio: null,
      latency: 'ttfb',
    },
    web,
  };
}
