import path from 'node:path';
import { Client } from 'pg';
import type { PublishedSnapshot } from '../../apps/api/src/modules/content/snapshot';
import { runScenarios } from '../../bench/lib/bench.ts';
import { DATASETS, docSlug, loadDataset, tenantHost } from '../../bench/lib/datagen.ts';
import { driveTtfb } from '../../bench/lib/http.ts';
import { startServer, type Running } from '../../bench/lib/processes.ts';
import { markdown, svgChart, type Report } from '../../bench/lib/report.ts';
import { scenarios } from '../../bench/lib/scenarios.ts';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { testMode } from '../support/test-env';

// The benchmark runner end to end on a tiny dataset for two seconds, so it cannot rot.
// The figures mean nothing here (the API runs inside the test process); `npm run bench` measures.
const t = useTestDatabase();
const api = useTestApi(t);
let baseline: Running;

beforeAll(async () => {
  const client = new Client({ connectionString: t.url });
  await client.connect();
  await loadDataset(client, DATASETS.tiny!, () => undefined, { method: 'insert' });
  await client.end();
  baseline = await startServer(
    process.execPath,
    [path.resolve(__dirname, '../../bench/baseline-server.ts')],
    { DATABASE_URL: t.url, PORT: '0', BASELINE_POOL: testMode() === 'embedded' ? '1' : '4' },
    0,
    '/healthz',
    process.cwd(),
  );
});

afterAll(async () => {
  await baseline?.stop();
});

test('the benchmark runner drives every scenario against both servers and writes a report', async () => {
  const spec = DATASETS.tiny!;
  const results = await runScenarios(
    { baseline: { url: baseline.url, pid: baseline.pid }, careleaf: { url: api.baseUrl, pid: process.pid } },
    scenarios(spec),
    { seconds: 2, warmupSeconds: 0, connections: 4 },
  );
  expect(results.map((r) => r.id)).toEqual(['a', 'a1', 'a2', 'b', 'c']);
  for (const r of results) {
    expect({ id: r.id, careleaf: r.careleaf.errors, baseline: r.baseline!.errors }).toEqual({ id: r.id, careleaf: 0, baseline: 0 });
    expect(r.careleaf.rps).toBeGreaterThan(0);
    expect(r.baseline!.rps).toBeGreaterThan(0);
    expect(r.baseline!.cpuMsPerRequest).toBeGreaterThan(0);
    expect(r.careleaf.p95).toBeGreaterThanOrEqual(r.careleaf.p50);
    expect(r.careleaf.p99).toBeGreaterThanOrEqual(r.careleaf.p95);
  }
  const search = results.find((r) => r.id === 'c')!;
  expect(search.careleaf.p95).toBeGreaterThan(0);
  expect(search.baseline!.p95).toBeGreaterThan(0);
  const report: Report = {
    date: '2026-01-01',
    command: 'smoke',
    dataset: { name: spec.name, tenants: spec.tenants, documents: 40, translations: 120, loadSeconds: null },
    machine: { cpus: 2, node: process.version, postgres: 'test' },
    durationSeconds: 2,
    warmupSeconds: 0,
    variant: 'smoke',
    scenarios: results,
    web: {
      route: '/[locale]/[slug]',
      pages: 40,
      ttfb: { p50: 1, p95: 2, p99: 3 },
      response: { p50: 2, p95: 3, p99: 4 },
      webCpuMsPerRequest: 1,
      apiCpuMsPerRequest: 0.1,
      webPeakRssMb: 200,
      firstLoadJs: null,
    },
    careleafPeakRssMb: 0,
    notes: [],
  };
  expect(markdown(report)).toMatch(/\| a \| publishedDocument by slug/);
  expect(markdown(report)).toMatch(/\| c \| search for a common German word/);
  expect(markdown(report)).toMatch(/time to first byte p50 \/ p95 \/ p99 \| 1 \/ 2 \/ 3 ms/);
  expect(svgChart(report)).toMatch(/^<svg[^>]+role="img"/);
}, 120_000);

test('the search index the generator loads is the one publishing writes', async () => {
  const client = new Client({ connectionString: t.url });
  await client.connect();
  try {
    const rows = (locale: string, documentId: string) =>
      client
        .query(
          `SELECT region, regional, config::text, title, summary, body, vector::text FROM search_documents
            WHERE document_id = $1 AND locale = $2 ORDER BY region`,
          [documentId, locale],
        )
        .then((r) => r.rows);
    for (const locale of ['de', 'ar']) {
      const { rows: docs } = await client.query<{ tenant_id: string; document_id: string; snapshot: PublishedSnapshot }>(
        `SELECT tenant_id, document_id, snapshot FROM published_documents WHERE locale = $1 ORDER BY slug LIMIT 1`,
        [locale],
      );
      const doc = docs[0]!;
      const loaded = await rows(locale, doc.document_id);
      expect(loaded.map((r) => r.region)).toEqual(['*', 'AT', 'DE']);
      await t.db.withTenant(doc.tenant_id, (tx) => t.services.search.index(tx, doc.snapshot));
      expect(await rows(locale, doc.document_id)).toEqual(loaded);
    }
  } finally {
    await client.end();
  }
});

test('the time-to-first-byte client counts answers and never reports a first byte after the last', async () => {
  const r = await driveTtfb(
    baseline.url,
    { request: () => ({ method: 'GET', path: `/doc?locale=de&slug=${docSlug(3)}`, headers: { host: tenantHost(1) } }) },
    { connections: 2, seconds: 1, seed: 1 },
  );
  expect(r.errors).toBe(0);
  expect(r.requests).toBeGreaterThan(0);
  expect(r.ttfb.p95).toBeLessThanOrEqual(r.response.p95);
});
