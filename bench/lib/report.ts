export interface ScenarioFigures {
  id: string;
  title: string;
  connections: number;
  careleaf: Figures;
  baseline: Figures;
  /** Careleaf CPU per request divided by the baseline's. */
  cpuRatio: number;
}

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
}

export interface Report {
  date: string;
  command: string;
  dataset: { name: string; tenants: number; documents: number; translations: number; loadSeconds: number | null };
  machine: { cpus: number; node: string; postgres: string };
  durationSeconds: number;
  warmupSeconds: number;
  variant: string;
  scenarios: ScenarioFigures[];
  careleafPeakRssMb: number;
  notes: string[];
}

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export function markdown(r: Report): string {
  const rows = r.scenarios.map(
    (s) =>
      `| ${s.id} | ${s.title} | ${s.connections} | ${s.careleaf.rps} | ${s.careleaf.p50} / ${s.careleaf.p99} | ${fmt(s.careleaf.cpuMsPerRequest, 3)} | ${s.baseline.rps} | ${s.baseline.p50} / ${s.baseline.p99} | ${fmt(s.baseline.cpuMsPerRequest, 3)} | **${fmt(s.cpuRatio)}×** | ${s.careleaf.errors} |`,
  );
  return [
    `# Benchmark ${r.date} — dataset \`${r.dataset.name}\` (${r.variant})`,
    '',
    `Command: \`${r.command}\``,
    '',
    `Dataset: ${r.dataset.tenants} tenants × ${r.dataset.documents / r.dataset.tenants} documents, ${r.dataset.translations} published translations${r.dataset.loadSeconds !== null ? `, loaded in ${r.dataset.loadSeconds.toFixed(0)} s` : ''}. Machine: ${r.machine.cpus} cores, Node ${r.machine.node}, ${r.machine.postgres}. Each run ${r.durationSeconds} s after ${r.warmupSeconds} s warm-up; baseline measured before and after Careleaf.`,
    '',
    '| | scenario | conn. | Careleaf req/s | p50 / p99 ms | CPU ms/req | baseline req/s | p50 / p99 ms | CPU ms/req | CPU ratio | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Careleaf API peak RSS: ${r.careleafPeakRssMb} MB.`,
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

/** A bar chart of CPU ms per request, Careleaf beside the baseline, per scenario. */
export function svgChart(r: Report): string {
  const max = Math.max(...r.scenarios.flatMap((s) => [s.careleaf.cpuMsPerRequest, s.baseline.cpuMsPerRequest]), 0.001);
  const rowH = 44;
  const width = 640;
  const scale = (v: number) => Math.max(1, (v / max) * (width - 260));
  const bars = r.scenarios
    .map((s, i) => {
      const y = 40 + i * rowH;
      return [
        `<text x="10" y="${y + 14}" font-size="12">${s.id}: ${escapeXml(s.title.slice(0, 28))}</text>`,
        `<rect x="220" y="${y}" width="${scale(s.careleaf.cpuMsPerRequest)}" height="16" fill="#1d5a8c"/>`,
        `<text x="${225 + scale(s.careleaf.cpuMsPerRequest)}" y="${y + 13}" font-size="11">${fmt(s.careleaf.cpuMsPerRequest, 3)} ms Careleaf</text>`,
        `<rect x="220" y="${y + 18}" width="${scale(s.baseline.cpuMsPerRequest)}" height="16" fill="#8a8a8a"/>`,
        `<text x="${225 + scale(s.baseline.cpuMsPerRequest)}" y="${y + 31}" font-size="11">${fmt(s.baseline.cpuMsPerRequest, 3)} ms baseline</text>`,
      ].join('');
    })
    .join('');
  const height = 50 + r.scenarios.length * rowH;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-labelledby="t"><title id="t">Server CPU milliseconds per request, dataset ${r.dataset.name}</title><rect width="100%" height="100%" fill="#fff"/><text x="10" y="22" font-size="14" font-weight="bold">Server CPU ms per request — ${escapeXml(r.dataset.name)} (${escapeXml(r.variant)})</text>${bars}</svg>\n`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
