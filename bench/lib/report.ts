export interface ScenarioFigures {
  id: string;
  title: string;
  connections: number;
  careleaf: Figures;
  /** Null where there is no bare equivalent (the web page, scenario d). */
  baseline: Figures | null;
  /** Careleaf CPU per request divided by the baseline's; null without a baseline. */
  cpuRatio: number | null;
  /** What the latencies measure: the whole response (autocannon), or time to first byte (the web page). */
  latency?: 'response' | 'ttfb';
}

export interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
  /** Share of answers served by the API's public response cache (Careleaf only). */
  cacheHits?: number;
}

/** Scenario (d): the article page from the web app, in front of the Careleaf API. */
export interface WebFigures {
  route: string;
  pages: number;
  ttfb: { p50: number; p95: number; p99: number };
  response: { p50: number; p95: number; p99: number };
  webCpuMsPerRequest: number;
  /** The API's CPU per page while serving the web app's reads (its data cache is warm, so mostly routing lookups). */
  apiCpuMsPerRequest: number;
  webPeakRssMb: number;
  /** First-load JavaScript of the route (the framework's root files plus the route's chunks). */
  firstLoadJs: { files: number; rawKb: number; gzipKb: number } | null;
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
  web?: WebFigures | null;
  careleafPeakRssMb: number;
  notes: string[];
}

const fmt = (n: number | null | undefined, digits = 2) => (n !== null && n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '–');
const ms = (n: number) => (Number.isFinite(n) ? String(n) : '–');
const lat = (f: Figures) => `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)}`;
const pct = (n: number | undefined) => (n === undefined ? '–' : `${Math.round(n * 100)} %`);

/** The budgets of issue 8 that one report can judge, each with its verdict. */
export function budgets(r: Report): string[] {
  const out: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  // (a), (b), (d) and memory are set for `small`, (c) for `large`; other datasets get the figures without a verdict.
  const small = r.dataset.name === 'small';
  const verdictOn = (ok: boolean, on: boolean, dataset: string) => (on ? verdict(ok) : `judged on \`${dataset}\` only`);
  for (const s of r.scenarios.filter((x) => ['a', 'b'].includes(x.id))) {
    const ok = (s.cpuRatio ?? Infinity) <= 4 && s.careleaf.p99 <= 100 && s.careleaf.errors === 0;
    out.push(
      `(${s.id}) CPU/request ≤ 4× baseline, p99 ≤ 100 ms, no errors: ${verdictOn(ok, small, 'small')} (${fmt(s.cpuRatio)}×, p99 ${ms(s.careleaf.p99)} ms, ${s.careleaf.errors} errors)`,
    );
  }
  const c = r.scenarios.find((x) => x.id === 'c');
  if (c) {
    out.push(
      `(c) search p95 ≤ 50 ms: ${verdictOn(c.careleaf.p95 <= 50, r.dataset.name === 'large', 'large')} (p95 ${ms(c.careleaf.p95)} ms here, cache hits ${pct(c.careleaf.cacheHits)})`,
    );
  }
  if (r.web)
    out.push(
      `(d) article page TTFB p95 ≤ 100 ms at 8 connections: ${verdictOn(r.web.ttfb.p95 <= 100, small, 'small')} (p95 ${ms(r.web.ttfb.p95)} ms)`,
    );
  out.push(`API peak RSS ≤ 300 MB: ${verdictOn(r.careleafPeakRssMb <= 300, small, 'small')} (${r.careleafPeakRssMb} MB)`);
  return out;
}

export function markdown(r: Report): string {
  const rows = r.scenarios.map((s) => {
    const b = s.baseline;
    const base = b ? `${b.rps} | ${lat(b)} | ${fmt(b.cpuMsPerRequest, 3)} | **${fmt(s.cpuRatio)}×**` : 'n/a | n/a | n/a | n/a';
    const ttfb = s.latency === 'ttfb' ? ' (TTFB)' : '';
    return `| ${s.id} | ${s.title} | ${s.connections} | ${s.careleaf.rps} | ${lat(s.careleaf)}${ttfb} | ${fmt(s.careleaf.cpuMsPerRequest, 3)} | ${pct(s.careleaf.cacheHits)} | ${base} | ${s.careleaf.errors} |`;
  });
  const w = r.web;
  const web = w
    ? [
        '',
        `Article page (d), \`${w.route}\`, ${w.pages} pages with a warm data cache:`,
        '',
        '| figure | value |',
        '|---|---|',
        `| time to first byte p50 / p95 / p99 | ${w.ttfb.p50} / ${w.ttfb.p95} / ${w.ttfb.p99} ms |`,
        `| whole response p50 / p95 / p99 | ${w.response.p50} / ${w.response.p95} / ${w.response.p99} ms |`,
        `| web server CPU per page | ${fmt(w.webCpuMsPerRequest, 3)} ms |`,
        `| API CPU per page (behind the web server) | ${fmt(w.apiCpuMsPerRequest, 3)} ms |`,
        `| web server peak RSS | ${w.webPeakRssMb} MB |`,
        `| first-load JS of the route (raw / gzip) | ${w.firstLoadJs ? `${w.firstLoadJs.rawKb} kB / ${w.firstLoadJs.gzipKb} kB in ${w.firstLoadJs.files} files` : '–'} |`,
      ]
    : [];
  return [
    `# Benchmark ${r.date} — dataset \`${r.dataset.name}\` (${r.variant})`,
    '',
    `Command: \`${r.command}\``,
    '',
    `Dataset: ${r.dataset.tenants} tenants × ${r.dataset.documents / r.dataset.tenants} documents, ${r.dataset.translations} published translations${r.dataset.loadSeconds !== null ? `, loaded in ${r.dataset.loadSeconds.toFixed(0)} s` : ''}. Machine: ${r.machine.cpus} cores, Node ${r.machine.node}, ${r.machine.postgres}. Each run ${r.durationSeconds} s after ${r.warmupSeconds} s warm-up; baseline measured before and after Careleaf.`,
    '',
    '| | scenario | conn. | Careleaf req/s | p50 / p95 / p99 ms | CPU ms/req | cache hits | baseline req/s | p50 / p95 / p99 ms | CPU ms/req | CPU ratio | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    ...web,
    '',
    `Careleaf API peak RSS: ${r.careleafPeakRssMb} MB.`,
    '',
    'Budgets:',
    '',
    ...budgets(r).map((b) => `- ${b}`),
    '',
    'Notes:',
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

/** A bar chart of CPU ms per request, Careleaf beside the baseline, per scenario. */
export function svgChart(r: Report): string {
  const max = Math.max(...r.scenarios.flatMap((s) => [s.careleaf.cpuMsPerRequest, s.baseline?.cpuMsPerRequest ?? 0]), 0.001);
  const rowH = 44;
  const width = 640;
  const scale = (v: number) => Math.max(1, (v / max) * (width - 260));
  const bars = r.scenarios
    .map((s, i) => {
      const y = 40 + i * rowH;
      const who = s.latency === 'ttfb' ? 'web server' : 'Careleaf';
      return [
        `<text x="10" y="${y + 14}" font-size="12">${s.id}: ${escapeXml(s.title.slice(0, 28))}</text>`,
        `<rect x="220" y="${y}" width="${scale(s.careleaf.cpuMsPerRequest)}" height="16" fill="#1d5a8c"/>`,
        `<text x="${225 + scale(s.careleaf.cpuMsPerRequest)}" y="${y + 13}" font-size="11">${fmt(s.careleaf.cpuMsPerRequest, 3)} ms ${who}</text>`,
        s.baseline
          ? `<rect x="220" y="${y + 18}" width="${scale(s.baseline.cpuMsPerRequest)}" height="16" fill="#8a8a8a"/>` +
            `<text x="${225 + scale(s.baseline.cpuMsPerRequest)}" y="${y + 31}" font-size="11">${fmt(s.baseline.cpuMsPerRequest, 3)} ms baseline</text>`
          : `<text x="225" y="${y + 31}" font-size="11">no baseline</text>`,
      ].join('');
    })
    .join('');
  const height = 50 + r.scenarios.length * rowH;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-labelledby="t"><title id="t">Server CPU milliseconds per request, dataset ${r.dataset.name}</title><rect width="100%" height="100%" fill="#fff"/><text x="10" y="22" font-size="14" font-weight="bold">Server CPU ms per request — ${escapeXml(r.dataset.name)} (${escapeXml(r.variant)})</text>${bars}</svg>\n`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
