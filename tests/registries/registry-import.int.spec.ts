import { useTestDatabase } from '../support/database';
import { useGraphQL } from '../support/graphql';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { createRegistryEntry, registryActor } from '../factories/registry.factory';

const t = useTestDatabase();
const gql = useGraphQL(t);
let tenant: { id: string; slug: string };
let editor: { id: string; email: string };

const IMPORT = `mutation($input: ImportRegistryEntriesInput!) {
  importRegistryEntries(input: $input) { dryRun written rows valid created updated skipped issues { line column field code message } }
}`;

interface Report {
  dryRun: boolean;
  written: boolean;
  rows: number;
  valid: number;
  created: number;
  updated: number;
  skipped: number;
  issues: { line: number; column: string | null; field: string; code: string; message: string }[];
}

const importCsv = async (csv: string, extra: Record<string, unknown> = {}) => {
  const res = await gql<{ importRegistryEntries: Report }>(tenant.id, { user: editor, role: 'editor' }, IMPORT, {
    input: { csv, ...extra },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.importRegistryEntries;
};

const count = async () => {
  const [{ n }] = await t.db.withTenant(tenant.id, ({ em }) => em.query(`SELECT count(*)::int AS n FROM registry_entries`));
  return n as number;
};

const GOOD = [
  'key,kind,name.de,name.en,description.de,regions,website,idFormat,idExample,idFormatVerified,whoPrimary,condition,legalBasis',
  'drks,clinicalTrialRegistry,Deutsches Register Klinischer Studien,German Clinical Trials Register,Primärregister,DE,https://drks.de/,DRKS########,DRKS00012345,no,yes,,',
  'ctgov,clinical-trial-registry,ClinicalTrials.gov,,"Register, weltweit",*,https://clinicaltrials.gov/,NCT########,NCT01234567,yes,,,',
  'dmp-bk,Disease Management Programme,DMP Brustkrebs,DMP breast cancer,,DE,https://www.g-ba.de/,,,,,breast-cancer,§ 137f SGB V',
].join('\n');

beforeAll(async () => {
  tenant = await createTenant(t.services, {
    locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }],
    regions: [{ code: 'DE' }, { code: 'AT' }],
    defaultRegion: 'DE',
  });
  editor = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  await createRegistryEntry(t.services, tenant.id, { key: 'existing' });
});

test('a file with bad rows is rejected with every bad line reported, and nothing is written', async () => {
  const before = await count();
  const csv = [
    'key,kind,name.de,regions,website,idFormat,idExample',
    'ok-1,counsellingService,Gute Beratung,DE,https://gut.example.org/,,',
    'bad-kind,insuranceBroker,Makler,DE,https://makler.example.org/,,',
    'bad-url,hotline,Telefon,DE,not a url,,',
    'bad-pattern,clinicalTrialRegistry,Register,DE,https://reg.example.org/,NCT\\d{8},NCT01234567',
    'bad-region,hotline,Telefon Schweiz,CH,https://ch.example.org/,,',
    'no-name,hotline,,DE,https://leer.example.org/,,',
    'ok-2,hotline,Gutes Telefon,AT,https://tel.example.org/,,',
  ].join('\n');
  const report = await importCsv(csv);
  expect(report).toMatchObject({ written: false, rows: 7, valid: 2, created: 0, updated: 0 });
  expect(report.issues.map((i) => [i.line, i.code, i.column])).toEqual([
    [3, 'UNKNOWN_KIND', 'kind'],
    [4, 'INVALID_URL', 'website'],
    [5, 'BAD_IDENTIFIER_PATTERN', 'idFormat'],
    [6, 'UNKNOWN_REGION', 'regions'],
    [7, 'MISSING_NAME', null],
  ]);
  expect(report.issues.every((i) => i.message.length > 20)).toBe(true);
  expect(await count()).toBe(before);
});

test('line numbers count the lines of the file, also when a cell spans several lines', async () => {
  const csv = ['kind,name.de,description.de,regions', 'hotline,A,"Zeile eins', 'Zeile zwei",DE', '', 'hotline,B,x,XX'].join('\r\n');
  const report = await importCsv(csv, { dryRun: true });
  expect(report.issues).toEqual([expect.objectContaining({ line: 5, code: 'UNKNOWN_REGION', column: 'regions' })]);
});

test('a dry run reports what would happen and writes nothing', async () => {
  const before = await count();
  const report = await importCsv(GOOD, { dryRun: true });
  expect(report).toMatchObject({ dryRun: true, written: false, rows: 3, valid: 3, created: 3, updated: 0, issues: [] });
  expect(await count()).toBe(before);
});

test('a valid file imports every row, with texts per locale and kind-specific fields; an audit entry records it', async () => {
  const before = await count();
  const report = await importCsv(GOOD);
  expect(report).toMatchObject({ written: true, rows: 3, valid: 3, created: 3, updated: 0, issues: [] });
  expect(await count()).toBe(before + 3);
  const res = await gql<{ registryEntriesForEditors: { edges: { node: Record<string, unknown> }[] } }>(
    tenant.id,
    { user: editor, role: 'viewer' },
    `{ registryEntriesForEditors(filter: { kind: CLINICAL_TRIAL_REGISTRY }) { edges { node {
        key regions texts { locale name description } trialRegistry { idFormat idExample idFormatVerified whoPrimaryRegistry } flags } } } }`,
  );
  const byKey = Object.fromEntries(res.data!.registryEntriesForEditors.edges.map((e) => [e.node.key, e.node]));
  expect(byKey.drks).toMatchObject({
    regions: ['DE'],
    texts: [
      { locale: 'de', name: 'Deutsches Register Klinischer Studien', description: 'Primärregister' },
      { locale: 'en', name: 'German Clinical Trials Register', description: '' },
    ],
    trialRegistry: { idFormat: 'DRKS########', idExample: 'DRKS00012345', idFormatVerified: false, whoPrimaryRegistry: true },
    flags: expect.arrayContaining(['NEVER_VERIFIED', 'ID_FORMAT_UNVERIFIED']),
  });
  expect(byKey.ctgov).toMatchObject({ regions: [], trialRegistry: { idFormatVerified: true, whoPrimaryRegistry: null } });
  const audit: { action: string; diff: { created: number } }[] = await t.db.withTenant(tenant.id, ({ em }) =>
    em.query(`SELECT action, diff FROM audit_log WHERE action = 'registry.import'`),
  );
  expect(audit).toEqual([expect.objectContaining({ diff: expect.objectContaining({ created: 3 }) })]);
});

test('importing the same keys again replaces those entries instead of adding new ones', async () => {
  const before = await count();
  const report = await importCsv(GOOD.replace('Primärregister', 'Primärregister für Deutschland'));
  expect(report).toMatchObject({ written: true, created: 0, updated: 3 });
  expect(await count()).toBe(before);
  const [row] = await t.db.withTenant(tenant.id, ({ em }) =>
    em.query(`SELECT x.description, e.version FROM registry_entries e JOIN registry_entry_texts x ON x.tenant_id = e.tenant_id
               AND x.entry_id = e.id AND x.locale = 'de' WHERE e.key = 'drks'`),
  );
  expect(row).toEqual({ description: 'Primärregister für Deutschland', version: 2 });
});

test('columns named otherwise are mapped; unknown columns are refused unless mapped to ignore; semicolon files work', async () => {
  const csv = ['Art;Bezeichnung;Region;Notizen', 'hotline;Krisentelefon;DE;intern'].join('\n');
  const refused = await importCsv(csv, { dryRun: true });
  expect(refused.issues.map((i) => [i.line, i.code, i.column])).toEqual([
    [1, 'UNKNOWN_COLUMN', 'Art'],
    [1, 'UNKNOWN_COLUMN', 'Bezeichnung'],
    [1, 'UNKNOWN_COLUMN', 'Notizen'],
    [1, 'UNKNOWN_KIND', null],
    [1, 'MISSING_NAME', null],
  ]);
  const mapped = await importCsv(csv, {
    dryRun: true,
    mapping: [
      { column: 'Art', field: 'kind' },
      { column: 'Bezeichnung', field: 'name.de' },
      { column: 'Notizen', field: 'ignore' },
    ],
  });
  expect(mapped).toMatchObject({ valid: 1, created: 1, issues: [] });
});

test('the same key twice in one file is reported on the second line', async () => {
  const csv = ['key,kind,name.de,regions', 'dup,hotline,Eins,DE', 'dup,hotline,Zwei,DE'].join('\n');
  const report = await importCsv(csv, { dryRun: true });
  expect(report.issues).toEqual([expect.objectContaining({ line: 3, code: 'DUPLICATE_KEY', column: 'key' })]);
});

test('with skipInvalid the valid rows are written and the bad ones reported and counted', async () => {
  const before = await count();
  const csv = ['kind,name.de,regions', 'hotline,Telefon Nord,DE', 'hotline,Telefon Mond,MOON'].join('\n');
  const report = await importCsv(csv, { skipInvalid: true });
  expect(report).toMatchObject({ written: true, created: 1, skipped: 1 });
  expect(report.issues).toEqual([expect.objectContaining({ line: 3, code: 'UNKNOWN_REGION' })]);
  expect(await count()).toBe(before + 1);
});

test('a malformed file is reported with its line and writes nothing', async () => {
  const report = await importCsv('kind,name.de,regions\nhotline,"offen,DE\n');
  expect(report.written).toBe(false);
  expect(report.issues[0]).toMatchObject({ code: 'MALFORMED_CSV', line: 2 });
});

test('only admins and editors may import; readers are told to sign in', async () => {
  const viewer = await createUser(t.services, { tenantSlug: tenant.slug, role: 'translator', locales: ['en'] });
  const res = await gql(tenant.id, { user: viewer, role: 'translator', locales: ['en'] }, IMPORT, { input: { csv: GOOD } });
  expect(res.errors?.[0]?.code).toBe('FORBIDDEN');
  const anonymous = await gql(tenant.id, {}, IMPORT, { input: { csv: GOOD } });
  expect(anonymous.errors?.[0]?.code).toBe('UNAUTHENTICATED');
  // The service refuses too, whoever calls it.
  await expect(
    t.db.withTenant(tenant.id, (tx) => t.services.registries.importCsv(tx, { ...registryActor, role: 'reviewer' }, GOOD, { dryRun: true })),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' });
});
