import path from 'node:path';
import { Client } from 'pg';
import { runScenarios } from '../../bench/lib/bench.ts';
import { DATASETS, loadDataset } from '../../bench/lib/datagen.ts';
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
  await loadDataset(client, DATASETS.tiny!, () => undefined, 'insert');
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
  expect(results.map((r) => r.id)).toEqual(['a', 'a1', 'b']);
  for (const r of results) {
    expect({ id: r.id, careleaf: r.careleaf.errors, baseline: r.baseline.errors }).toEqual({ id: r.id, careleaf: 0, baseline: 0 });
    expect(r.careleaf.rps).toBeGreaterThan(0);
    expect(r.baseline.cpuMsPerRequest).toBeGreaterThan(0);
  }
  const report: Report = {
    date: '2026-01-01',
    command: 'smoke',
    dataset: { name: spec.name, tenants: spec.tenants, documents: 40, translations: 120, loadSeconds: null },
    machine: { cpus: 2, node: process.version, postgres: 'test' },
    durationSeconds: 2,
    warmupSeconds: 0,
    variant: 'smoke',
    scenarios: results,
    careleafPeakRssMb: 0,
    notes: [],
  };
  expect(markdown(report)).toMatch(/\| a \| publishedDocument by slug/);
  expect(svgChart(report)).toMatch(/^<svg[^>]+role="img"/);
}, 90_000);
