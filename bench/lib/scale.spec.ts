import { meanOfRounds, type ScaleFigures } from './scale.ts';
import { scaleMarkdown, type ScaleReport } from './scale-report.ts';

const figures = (over: Partial<ScaleFigures>): ScaleFigures => ({
  cache: 'off',
  operation: '(a) read',
  setup: 'nginx-2',
  connections: 32,
  rps: 100,
  p50: 10,
  p95: 20,
  p99: 30,
  errors: 0,
  apiCpuMsPerRequest: 1,
  apiCpuShares: [0.5, 0.5],
  nginxCpuMsPerRequest: 0.1,
  postgresCpuMsPerRequest: 0.5,
  loadGeneratorCpuMsPerRequest: 0.2,
  machineBusy: 1,
  otherLoad: 0.5,
  cacheHits: 0,
  ...over,
});

test('the report gives one row per cache, operation and setup, the mean of the rounds, errors summed', () => {
  const rows = meanOfRounds(
    [
      [
        figures({ rps: 100, apiCpuShares: [0.4, 0.6], errors: 1 }),
        figures({ setup: 'direct-1', nginxCpuMsPerRequest: null, apiCpuShares: [1] }),
      ],
      [
        figures({ rps: 300, apiCpuShares: [0.6, 0.4], errors: 2 }),
        figures({ setup: 'direct-1', nginxCpuMsPerRequest: null, apiCpuShares: [1] }),
      ],
    ],
    ['(a) read'],
  );
  expect(rows.map((r) => r.setup)).toEqual(['direct-1', 'nginx-2']);
  const two = rows[1]!;
  expect(two.rps).toBe(200);
  expect(two.errors).toBe(3);
  expect(two.apiCpuShares).toEqual([0.5, 0.5]);
  expect(rows[0]!.nginxCpuMsPerRequest).toBeNull();
});

test('the Markdown report names the machine, the command and every setup', () => {
  const report: ScaleReport = {
    date: '2026-01-01',
    command: 'npm run bench:scale -- --dataset small',
    dataset: { name: 'small', tenants: 1, documents: 1000, translations: 3000 },
    machine: { cpus: 2, cpuModel: 'cpu', node: 'v24', postgres: 'PostgreSQL 15', nginx: 'nginx/1.22.1', loadAverageBefore: [1, 2, 3] },
    durationSeconds: 15,
    warmupSeconds: 5,
    connections: 32,
    rounds: 2,
    runs: [figures({ setup: 'direct-1', nginxCpuMsPerRequest: null, apiCpuShares: [1] }), figures({})],
    roundRuns: [],
    notes: ['a note'],
  };
  const md = scaleMarkdown(report);
  expect(md).toContain('**2 cores**');
  expect(md).toContain('`npm run bench:scale -- --dataset small`');
  expect(md).toContain('| off | (a) read | one API process, direct | 100 |');
  expect(md).toContain('| off | (a) read | two API processes behind nginx | 100 | 10 / 20 | 1.000 | 50 % : 50 % | 0.100 |');
  expect(md).toContain('- a note');
});
