import fs from 'node:fs';
import path from 'node:path';
import {
  ACTOR_MAX_CHARS,
  AUDIT_ACTIONS,
  AUDIT_OBJECT_TYPES,
  AUDIT_PAGE_SIZE,
  auditFilterFromSearch,
  auditPageHref,
  CURSOR_MAX_CHARS,
  dayBound,
  fieldOfApiError,
  summariseDetails,
} from './audit-filter';

describe('the audit log filter of the editor', () => {
  test('no parameters ask for the first page of everything', () => {
    expect(auditFilterFromSearch({})).toEqual({
      ok: true,
      values: { actor: '', action: '', type: '', from: '', to: '' },
      variables: {
        filter: { actor: null, action: null, objectType: null, objectId: null, from: null, to: null },
        first: AUDIT_PAGE_SIZE,
        after: null,
      },
    });
  });

  test('every filter and the cursor become the query variables; days cover the whole UTC day', () => {
    const result = auditFilterFromSearch({
      actor: ' admin@example.org ',
      action: 'membership.update',
      type: 'user',
      from: '2025-12-01',
      to: '2025-12-03',
      after: 'MTIz',
    });
    expect(result).toMatchObject({
      ok: true,
      values: { actor: 'admin@example.org', action: 'membership.update', type: 'user', from: '2025-12-01', to: '2025-12-03' },
      variables: {
        filter: {
          actor: 'admin@example.org',
          action: 'membership.update',
          objectType: 'user',
          from: '2025-12-01T00:00:00.000Z',
          to: '2025-12-03T23:59:59.999Z',
        },
        after: 'MTIz',
      },
    });
  });

  test('a repeated parameter counts once (its first value)', () => {
    expect(auditFilterFromSearch({ action: ['workflow.publish', 'session.signIn'] })).toMatchObject({
      variables: { filter: { action: 'workflow.publish' } },
    });
  });

  test('an overlong actor is refused, not passed on, and the form shows it cut to the limit', () => {
    const result = auditFilterFromSearch({ actor: 'a'.repeat(ACTOR_MAX_CHARS + 1) });
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'actor', problem: 'tooLong', max: ACTOR_MAX_CHARS }] });
    expect(result.values.actor).toHaveLength(ACTOR_MAX_CHARS);
    expect(auditFilterFromSearch({ actor: 'a'.repeat(ACTOR_MAX_CHARS) }).ok).toBe(true);
  });

  test('an action or object kind outside the lists is refused', () => {
    expect(auditFilterFromSearch({ action: 'drop.table', type: 'password' })).toMatchObject({
      ok: false,
      problems: [
        { field: 'action', problem: 'unknown' },
        { field: 'type', problem: 'unknown' },
      ],
    });
  });

  test('days that do not exist or are not written as YYYY-MM-DD are refused', () => {
    expect(auditFilterFromSearch({ from: '2025-02-30', to: '3.12.2025' })).toMatchObject({
      ok: false,
      problems: [
        { field: 'from', problem: 'notADate' },
        { field: 'to', problem: 'notADate' },
      ],
    });
    expect(dayBound('2024-02-29', 'start')).toBe('2024-02-29T00:00:00.000Z');
    expect(dayBound('2025-02-29', 'start')).toBeNull();
  });

  test('a "to" day before the "from" day stays inverted, so the API refuses it', () => {
    const result = auditFilterFromSearch({ from: '2025-12-05', to: '2025-12-04' });
    if (!result.ok) throw new Error('expected variables');
    expect(new Date(result.variables.filter.to!).getTime()).toBeLessThan(new Date(result.variables.filter.from!).getTime());
  });

  test('an overlong or foreign cursor is refused', () => {
    expect(auditFilterFromSearch({ after: 'x'.repeat(CURSOR_MAX_CHARS + 1) })).toMatchObject({
      ok: false,
      problems: [{ field: 'after', problem: 'tooLong', max: CURSOR_MAX_CHARS }],
    });
    expect(auditFilterFromSearch({ after: 'abc"><script>' })).toMatchObject({
      ok: false,
      problems: [{ field: 'after', problem: 'badCursor' }],
    });
  });

  test('the page link keeps the filters, leaves out empty ones and adds the cursor', () => {
    const values = { actor: 'a+b@example.org', action: 'workflow.publish', type: '', from: '2025-12-01', to: '' };
    expect(auditPageHref('/de/editor/audit', values, 'MTIz')).toBe(
      '/de/editor/audit?actor=a%2Bb%40example.org&action=workflow.publish&from=2025-12-01&after=MTIz',
    );
    expect(auditPageHref('/de/editor/audit', { actor: '', action: '', type: '', from: '', to: '' })).toBe('/de/editor/audit');
  });

  test('API errors about filter fields point at the form control', () => {
    expect(fieldOfApiError('filter.to')).toBe('to');
    expect(fieldOfApiError('filter.objectType')).toBe('type');
    expect(fieldOfApiError('after')).toBe('after');
    expect(fieldOfApiError(undefined)).toBeNull();
  });
});

describe('the summary of an audit entry’s details', () => {
  test('a before/after diff names only the fields that changed', () => {
    expect(summariseDetails({ before: { role: 'editor', locales: [] }, after: { role: 'admin', locales: [] } })).toBe(
      'role: editor → admin',
    );
  });

  test('a creation lists what was set, a removal what was there, and other details follow', () => {
    expect(summariseDetails({ before: null, after: { role: 'reviewer' } })).toBe('role: reviewer');
    expect(summariseDetails({ before: { role: 'editor' } })).toBe('role: editor');
    expect(summariseDetails({ locale: 'de', from: 'approved', to: 'published' })).toBe('locale: de; from: approved; to: published');
  });

  test('long values and long summaries are cut', () => {
    const summary = summariseDetails({ a: 'x'.repeat(500), b: 'y'.repeat(500), c: 'z'.repeat(500), d: 'w'.repeat(500) });
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary).toContain('…');
    expect(summariseDetails(null)).toBe('');
  });
});

describe('the lists of actions and object kinds', () => {
  const modules = path.resolve(__dirname, '../../../../../api/src/modules');
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) return sources(file);
      return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [fs.readFileSync(file, 'utf8')] : [];
    });
  const code = sources(modules);

  test('every action the API names when it writes to the audit log is in the filter', () => {
    const named = new Set<string>();
    for (const text of code) {
      for (const line of text.split('\n').filter((l) => /\baction\b/.test(l))) {
        for (const m of line.matchAll(/'([a-z]+\.[A-Za-z-]+)'/g)) named.add(m[1]!);
      }
    }
    // Workflow steps are written as `workflow.${step}`.
    const steps = /export type Transition = ([^;]+);/.exec(code.join('\n'))?.[1]?.match(/'([A-Za-z]+)'/g) ?? [];
    for (const s of steps) named.add(`workflow.${s.slice(1, -1)}`);
    expect(named.size).toBeGreaterThan(30);
    expect([...named].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  });

  test('every kind of object the API writes to the audit log is in the filter', () => {
    const kinds = new Set(code.flatMap((text) => [...text.matchAll(/subjectType: '([A-Za-z_]+)'/g)].map((m) => m[1]!)));
    expect([...kinds].filter((k) => !(AUDIT_OBJECT_TYPES as readonly string[]).includes(k))).toEqual([]);
  });
});
