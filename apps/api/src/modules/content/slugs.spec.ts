import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESERVED_SLUGS, validDocumentSlug } from './slugs';

const routeTable = readFileSync(join(__dirname, '../../../../web/src/lib/route-table.generated.ts'), 'utf8');

describe('document addresses', () => {
  it('reserves every top-level page of the patient site', () => {
    const segments = [...routeTable.matchAll(/^ {2}'([^'[/]+)[/']/gm)].map((m) => m[1]!);
    expect(segments.length).toBeGreaterThan(3);
    for (const segment of new Set(segments)) expect(RESERVED_SLUGS).toContain(segment);
  });

  it('takes lower-case letters of any script, digits and hyphens', () => {
    expect(validDocumentSlug(' brustkrebs-behandlung ')).toBe('brustkrebs-behandlung');
    expect(validDocumentSlug('سرطان-الثدي')).toBe('سرطان-الثدي');
    expect(validDocumentSlug('x'.repeat(200))).toHaveLength(200);
  });

  it.each(['Brustkrebs', '-start', 'with space', 'a/b', '', 'x'.repeat(201)])('refuses the malformed address %p', (slug) => {
    expect(() => validDocumentSlug(slug)).toThrow(expect.objectContaining({ field: 'slug', reason: 'SLUG_INVALID' }));
  });

  it('refuses the address of a site page', () => {
    expect(() => validDocumentSlug('glossary')).toThrow(expect.objectContaining({ reason: 'SLUG_RESERVED' }));
  });
});
