import { orderByReferences, type TableInfo } from './catalog';
import { keyFingerprint } from './format';

const table = (name: string): TableInfo => ({ name, tenantColumn: 'tenant_id', columns: [], key: [], userColumns: [], rule: 'copy' });

test('referenced tables come before the tables that reference them, whatever the catalogue order', () => {
  const tables = ['revisions', 'documents', 'tenants', 'document_locales'].map(table);
  const refs: [string, string][] = [
    ['documents', 'tenants'],
    ['document_locales', 'documents'],
    ['revisions', 'document_locales'],
    ['documents', 'users'], // outside the tenant tables: ignored
  ];
  expect(orderByReferences(tables, refs).map((t) => t.name)).toEqual(['tenants', 'documents', 'document_locales', 'revisions']);
});

test('a cycle of non-deferrable keys is reported instead of looping', () => {
  expect(() =>
    orderByReferences(['a', 'b'].map(table), [
      ['a', 'b'],
      ['b', 'a'],
    ]),
  ).toThrow(/cycle/);
});

test('the webhook key fingerprint tells keys apart without containing them', () => {
  const key = 'a long random webhook key of the installation';
  expect(keyFingerprint(key)).toMatch(/^[0-9a-f]{16}$/);
  expect(keyFingerprint(key)).toBe(keyFingerprint(key));
  expect(keyFingerprint(`${key}!`)).not.toBe(keyFingerprint(key));
  expect(keyFingerprint(null)).toBeNull();
});
