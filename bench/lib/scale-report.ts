// The scale-out benchmark's report: one table of every (cache, operation, setup) run, then the notes.
import { SETUP_TITLES, type ScaleFigures } from './scale.ts';

export interface ScaleReport {
  date: string;
  command: string;
  dataset: { name: string; tenants: number; documents: number; translations: number };
  machine: { cpus: number; cpuModel: string; node: string; postgres: string; nginx: string; loadAverageBefore: number[] };
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  rounds: number;
  /** The mean of the rounds. */
  runs: ScaleFigures[];
  /** Each round's own figures. */
  roundRuns: ScaleFigures[][];
  notes: string[];
}

const fmt = (n: number | null, digits = 3) => (n !== null && Number.isFinite(n) ? n.toFixed(digits) : '–');
const pct = (n: number) => `${Math.round(n * 100)} %`;

export function scaleMarkdown(r: ScaleReport): string {
  const rows = r.runs.map((f) =>
    [
      f.cache,
      f.operation,
      SETUP_TITLES[f.setup],
      String(f.rps),
      `${f.p50} / ${f.p95}`,
      fmt(f.apiCpuMsPerRequest),
      f.apiCpuShares.length > 1 ? f.apiCpuShares.map(pct).join(' : ') : '–',
      fmt(f.nginxCpuMsPerRequest),
      fmt(f.postgresCpuMsPerRequest),
      fmt(f.loadGeneratorCpuMsPerRequest),
      pct(f.machineBusy),
      pct(f.otherLoad),
      pct(f.cacheHits),
      String(f.errors),
    ].join(' | '),
  );
  return `# Scale-out benchmark: one vs two API processes, ${r.date}

\`${r.command}\`

Dataset \`${r.dataset.name}\`: ${r.dataset.tenants} tenant(s), ${r.dataset.documents} documents, ${r.dataset.translations} translations.
Machine: **${r.machine.cpus} cores** (${r.machine.cpuModel}), Node ${r.machine.node}, ${r.machine.postgres} on the same host, ${r.machine.nginx}
(one worker, the local cluster's configuration). Load average when the run began: ${r.machine.loadAverageBefore.map((n) => n.toFixed(2)).join(', ')}.
${r.connections} connections, ${r.durationSeconds} s measured after a ${r.warmupSeconds} s warm-up; each row is the mean of ${r.rounds} round(s)
(the setups in alternating order; every round's figures are in the JSON file).

| cache | operation | setup | req/s | p50 / p95 ms | API CPU ms/req (sum) | API CPU split | nginx CPU ms/req | PostgreSQL CPU ms/req | load generator CPU ms/req | machine busy | others | cache hits | errors |
| ----- | --------- | ----- | ----: | -----------: | -------------------: | ------------- | ---------------: | --------------------: | ------------------------: | -----------: | -----: | ---------: | -----: |
${rows.map((row) => `| ${row} |`).join('\n')}

${r.notes.map((n) => `- ${n}`).join('\n')}
`;
}
