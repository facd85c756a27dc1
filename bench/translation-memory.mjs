#!/usr/bin/env node
// Translation-memory lookups at scale: loads N segments (default 100,000) for
// one tenant and language pair, then times fuzzy lookups through the same
// service the side-by-side editor uses (pg_trgm GIN index, one statement per
// batch).
//
//   npm run build:api && node bench/translation-memory.mjs [--segments 100000] [--lookups 200] [--narrow]
//
// Uses an in-memory embedded PostgreSQL, or with DATABASE_URL a scratch
// database on that server (created and dropped again).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(root, 'apps/api/dist/src', p));
require('reflect-metadata');
const { createDataSource } = dist('platform/db/data-source.js');
const { Database } = dist('platform/db/database.js');
const { startEmbeddedPostgres } = dist('platform/db/embedded.js');
const { createServices } = dist('platform/services.js');
const { tmKey, TM_THRESHOLD } = dist('modules/localization/memory.js');
const { Client } = require('pg');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SEGMENTS = arg('segments', 100_000);
const LOOKUPS = arg('lookups', 200);

// Generated German-looking text. Default: about 4,000 words from ~400 syllables,
// Zipf-distributed like real text (a few very common words, a long tail).
// --narrow: 130 real words drawn uniformly, where every trigram is common (worst case).
const NARROW = process.argv.includes('--narrow');
const rnd = (n) => Math.floor(Math.random() * n);
const COMMON = 'die der das und mit für bei von zu ist sind wird werden nicht auch oder wenn Sie Ihre Ihr ein eine nach vor'.split(' ');
const MEDICAL = `Behandlung Therapie Chemotherapie Bestrahlung Operation Nachsorge Untersuchung Blutbild Ärztin Arzt Pflege Klinik Praxis
  Tablette Infusion Spritze Dosis Nebenwirkung Übelkeit Müdigkeit Fieber Schmerzen Haut Haare Appetit Schlaf Bewegung Ernährung
  Woche Monat Tag Abend Morgen Zyklus Pause Termin Kontrolle Befund Wert Tumor Zelle Gewebe Brust Lymphknoten Knochen Leber Lunge
  wirkt hilft dauert beginnt endet lindert verringert schützt prüft misst erklärt berät begleitet plant bespricht entscheidet
  oft selten meist manchmal wichtig sicher früh spät regelmäßig vorsichtig ruhig ausreichend genau gemeinsam zusätzlich`
  .split(/\s+/)
  .filter(Boolean);
let pick;
if (NARROW) {
  const words = [...COMMON, ...MEDICAL];
  pick = () => words[rnd(words.length)];
} else {
  const onsets = ['b', 'br', 'ch', 'd', 'f', 'g', 'h', 'k', 'kl', 'l', 'm', 'n', 'p', 'pf', 'r', 's', 'sch', 'st', 't', 'tr', 'w', 'z'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'ei', 'au'];
  const codas = ['', 'n', 'r', 'l', 'ng', 'st', 'ch', 'k', 't'];
  const syllable = () => onsets[rnd(onsets.length)] + vowels[rnd(vowels.length)] + codas[rnd(codas.length)];
  const vocab = [...COMMON, ...MEDICAL, ...Array.from({ length: 4000 }, () => Array.from({ length: 2 + rnd(3) }, syllable).join(''))];
  let acc = 0;
  const total = vocab.reduce((a, _, i) => a + 1 / (i + 1), 0);
  const cum = vocab.map((_, i) => (acc += 1 / (i + 1) / total));
  pick = () => {
    const r = Math.random();
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (cum[m] < r) lo = m + 1;
      else hi = m;
    }
    return vocab[lo];
  };
}
const sentence = (n) => `${Array.from({ length: n }, pick).join(' ')}.`;

async function open() {
  if (!process.env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    return { url: embedded.url, poolMax: 1, cleanup: () => embedded.stop() };
  }
  const name = `careleaf_bench_tm_${process.pid}`;
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    poolMax: 2,
    cleanup: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x) => `${x.toFixed(2)} ms`;

const target = await open();
const ds = createDataSource({ url: target.url, poolMax: target.poolMax, applicationName: 'careleaf-bench' });
await ds.initialize();
try {
  await ds.runMigrations({ transaction: 'each' });
  const services = createServices(new Database(ds));
  const tenant = await services.tenancy.create(
    { slug: `bench-${process.pid}`, name: 'Bench', domains: [], locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }], regions: [] },
    { userId: null, label: 'bench' },
  );

  // Load in chunks: each row a generated sentence of 8–17 words.
  let started = performance.now();
  const samples = [];
  for (let done = 0; done < SEGMENTS; done += 10_000) {
    const n = Math.min(10_000, SEGMENTS - done);
    const texts = Array.from({ length: n }, (_, i) => sentence(8 + ((done + i) % 10)));
    samples.push(...texts.slice(0, 5));
    await services.db.withTenant(tenant.id, (tx) =>
      tx.em.query(
        `INSERT INTO translation_memory (tenant_id, source_locale, target_locale, source_text, source_key, target_text, target_block)
         SELECT $1, 'de', 'en', s, ${tmKey('s')}, 'EN: ' || s, jsonb_build_object('type', 'paragraph') FROM unnest($2::text[]) AS s`,
        [tenant.id, texts],
      ),
    );
  }
  await ds.query('ANALYZE translation_memory');
  console.log(
    `${NARROW ? 'narrow vocabulary (worst case)' : 'Zipf-distributed vocabulary'}, ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'}`,
  );
  console.log(`loaded ${SEGMENTS.toLocaleString('en')} segments in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // Half the lookups: a stored sentence with one word changed (a fuzzy hit); half: new sentences (usually no hit).
  const queries = Array.from({ length: LOOKUPS }, (_, i) => {
    if (i % 2 === 1) return sentence(12);
    const words = samples[i % samples.length].split(' ');
    words[rnd(words.length)] = pick();
    return words.join(' ');
  });
  const times = [];
  let hits = 0;
  for (const q of queries) {
    started = performance.now();
    const [found] = await services.db.withTenant(tenant.id, (tx) => services.localization.memory.suggest(tx, 'de', 'en', [q]));
    times.push(performance.now() - started);
    if (found.length) hits++;
  }
  console.log(
    `single lookups (threshold ${TM_THRESHOLD}): p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(Math.max(...times))}; ` +
      `${hits}/${LOOKUPS} found a suggestion`,
  );

  // A whole document at once (as the side-by-side view asks): 40 blocks in one statement.
  const batchTimes = [];
  for (let i = 0; i < 10; i++) {
    const batch = queries.slice(i * 20, i * 20 + 40);
    started = performance.now();
    await services.db.withTenant(tenant.id, (tx) => services.localization.memory.suggest(tx, 'de', 'en', batch));
    batchTimes.push(performance.now() - started);
  }
  console.log(`40-block document: p50 ${ms(pct(batchTimes, 50))}, max ${ms(Math.max(...batchTimes))}`);

  // The plan of the lookup inside app_tm_candidates (which runs as the table owner, so the index is usable).
  const plan = await ds.transaction(async (em) => {
    await em.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(TM_THRESHOLD)]);
    return em.query(
      `EXPLAIN SELECT source_text FROM translation_memory WHERE tenant_id = $1 AND source_locale = 'de' AND target_locale = 'en'
         AND source_key % ${tmKey('$2::text')} ORDER BY similarity(source_key, ${tmKey('$2::text')}) DESC LIMIT 3`,
      [tenant.id, queries[0]],
    );
  });
  const usesIndex = plan.some((r) => /translation_memory_trgm_idx/.test(r['QUERY PLAN']));
  console.log(`plan uses the trigram index: ${usesIndex ? 'yes' : 'NO'}`);
  if (!usesIndex) process.exitCode = 1;
} finally {
  await ds.destroy();
  await target.cleanup();
}
