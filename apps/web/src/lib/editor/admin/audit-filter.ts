/**
 * The audit log screen's filter: what its GET form sends (the URL's search
 * parameters) becomes the `auditLog` query's variables, or the list of
 * problems to show in the error summary. Pure, so it is unit tested; bounds
 * are checked here and overlong values refused, never passed on.
 */

/** Every action the API writes to the audit log (apps/api: each `audit(…)` call); the action filter offers these. */
export const AUDIT_ACTIONS = [
  'session.signIn',
  'session.signInFailed',
  'session.signOut',
  'session.signOutEverywhere',
  'user.unlock',
  'user.erase',
  'membership.create',
  'membership.update',
  'membership.remove',
  'invitation.create',
  'invitation.revoke',
  'invitation.accept',
  'tenant.create',
  'tenant.update',
  'tenant.configureSso',
  'document.create',
  'document.import',
  'document.metadata',
  'revision.create',
  'revision.restore',
  'translation.import',
  'workflow.submit',
  'workflow.approve',
  'workflow.sendBack',
  'workflow.publish',
  'workflow.unpublish',
  'workflow.archive',
  'workflow.schedule-publish',
  'workflow.schedule-unpublish',
  'workflow.cancel-publish',
  'workflow.cancel-unpublish',
  'workflow.schedule-publish-failed',
  'workflow.schedule-unpublish-failed',
  'citation.create',
  'citation.update',
  'citation.delete',
  'glossary.create',
  'glossary.update',
  'glossary.delete',
  'termbase.create',
  'termbase.update',
  'termbase.delete',
  'media.upload',
  'media.text',
  'media.decorative',
  'media.delete',
  'registry.settings',
  'registry.create',
  'registry.update',
  'registry.delete',
  'registry.verify',
  'registry.import',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of object the log names (the `subjectType` of each `audit(…)` call). */
export const AUDIT_OBJECT_TYPES = [
  'document',
  'user',
  'invitation',
  'tenant',
  'citation',
  'glossaryTerm',
  'media',
  'registry',
  'registryEntry',
  'term_concept',
  'session',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);
export const isAuditObjectType = (value: string): value is AuditObjectType => (AUDIT_OBJECT_TYPES as readonly string[]).includes(value);

/** Longest actor the form accepts: an e-mail address is at most 254 characters; ids and "cli:…" labels are shorter. */
export const ACTOR_MAX_CHARS = 254;
/** Cursors this list gives out are short base64url strings; anything longer did not come from it. */
export const CURSOR_MAX_CHARS = 200;

/** The form's controls (ids on the page: `audit-<name>`), in the order the error summary lists them. */
export type AuditFilterField = 'actor' | 'action' | 'type' | 'from' | 'to' | 'after';

/** Why a parameter was refused; the page words each from the catalogs. */
export type AuditFilterProblem =
  | { field: AuditFilterField; problem: 'tooLong'; max: number }
  | { field: AuditFilterField; problem: 'unknown' }
  | { field: 'from' | 'to'; problem: 'notADate' }
  | { field: 'after'; problem: 'badCursor' };

/** What the form shows again, exactly as the URL had it (trimmed). */
export interface AuditFilterValues {
  actor: string;
  action: string;
  type: string;
  from: string;
  to: string;
}

/** The `auditLog` variables; every key is present (the generated types ask for that), null where the filter is open. */
export interface AuditLogVariables {
  filter: {
    actor: string | null;
    action: string | null;
    objectType: string | null;
    objectId: null;
    from: string | null;
    to: string | null;
  };
  first: number;
  after: string | null;
}

export type AuditFilterResult =
  | { ok: true; values: AuditFilterValues; variables: AuditLogVariables }
  | { ok: false; values: AuditFilterValues; problems: AuditFilterProblem[] };

/** Entries per page of the screen. */
export const AUDIT_PAGE_SIZE = 25;

type SearchParams = Record<string, string | string[] | undefined>;

/** One value of a parameter (the first when repeated), trimmed; '' when absent. */
function param(params: SearchParams, name: string): string {
  const raw = params[name];
  return (Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')).trim();
}

/** "2025-12-03" as that day's first (or last) instant in UTC, the zone the screen shows times in; null when not a real day. */
export function dayBound(value: string, end: 'start' | 'end'): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return null;
  // The API's `to` is exclusive: the day's last millisecond keeps "to" inclusive of that day,
  // and a `to` day before the `from` day stays an inverted range the API refuses.
  return end === 'start' ? d.toISOString() : new Date(d.getTime() + 86_400_000 - 1).toISOString();
}

/** The search parameters of the screen as the `auditLog` variables, or why not. */
export function auditFilterFromSearch(params: SearchParams): AuditFilterResult {
  const values: AuditFilterValues = {
    actor: param(params, 'actor'),
    action: param(params, 'action'),
    type: param(params, 'type'),
    from: param(params, 'from'),
    to: param(params, 'to'),
  };
  const after = param(params, 'after');
  const problems: AuditFilterProblem[] = [];
  if (values.actor.length > ACTOR_MAX_CHARS) problems.push({ field: 'actor', problem: 'tooLong', max: ACTOR_MAX_CHARS });
  if (values.action && !isAuditAction(values.action)) problems.push({ field: 'action', problem: 'unknown' });
  if (values.type && !isAuditObjectType(values.type)) problems.push({ field: 'type', problem: 'unknown' });
  const from = values.from ? dayBound(values.from, 'start') : null;
  if (values.from && !from) problems.push({ field: 'from', problem: 'notADate' });
  const to = values.to ? dayBound(values.to, 'end') : null;
  if (values.to && !to) problems.push({ field: 'to', problem: 'notADate' });
  if (after.length > CURSOR_MAX_CHARS) problems.push({ field: 'after', problem: 'tooLong', max: CURSOR_MAX_CHARS });
  else if (after && !/^[A-Za-z0-9_=-]+$/.test(after)) problems.push({ field: 'after', problem: 'badCursor' });
  // Shown again in the form, but never a value longer than the field takes.
  const shown = { ...values, actor: values.actor.slice(0, ACTOR_MAX_CHARS) };
  if (problems.length) return { ok: false, values: shown, problems };
  const filter: AuditLogVariables['filter'] = {
    actor: values.actor || null,
    action: values.action || null,
    objectType: values.type || null,
    objectId: null,
    from,
    to,
  };
  return { ok: true, values, variables: { filter, first: AUDIT_PAGE_SIZE, after: after || null } };
}

/** The screen's URL with the same filters (empty ones left out) and, for the next page, the cursor. */
export function auditPageHref(base: string, values: AuditFilterValues, after?: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) query.set(name, value);
  if (after) query.set('after', after);
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/** The API names its filter fields `filter.<name>`; the form's control for each. */
export function fieldOfApiError(field: unknown): AuditFilterField | null {
  switch (field) {
    case 'filter.actor':
      return 'actor';
    case 'filter.action':
      return 'action';
    case 'filter.objectType':
      return 'type';
    case 'filter.from':
      return 'from';
    case 'filter.to':
      return 'to';
    case 'after':
      return 'after';
    default:
      return null;
  }
}

const VALUE_MAX_CHARS = 80;
const SUMMARY_MAX_CHARS = 300;

function shortValue(value: unknown): string {
  const text = value === null || value === undefined ? '–' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > VALUE_MAX_CHARS ? `${text.slice(0, VALUE_MAX_CHARS - 1)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An entry's details in one line: for a before/after diff the fields that
 * changed ("role: editor → admin"), otherwise each detail ("locale: de").
 * Field names and values are the log's own (data, not UI text); long values
 * and long summaries are cut with "…".
 */
export function summariseDetails(diff: unknown): string {
  if (!isRecord(diff)) return '';
  const parts: string[] = [];
  const { before, after, ...rest } = diff;
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
      const was = JSON.stringify(b[key]);
      const is = JSON.stringify(a[key]);
      if (was === is) continue;
      if (!isRecord(before)) parts.push(`${key}: ${shortValue(a[key])}`);
      else if (!isRecord(after)) parts.push(`${key}: ${shortValue(b[key])}`);
      else parts.push(`${key}: ${shortValue(b[key])} → ${shortValue(a[key])}`);
    }
  }
  for (const [key, value] of Object.entries(isRecord(before) || isRecord(after) ? rest : diff)) parts.push(`${key}: ${shortValue(value)}`);
  const text = parts.join('; ');
  return text.length > SUMMARY_MAX_CHARS ? `${text.slice(0, SUMMARY_MAX_CHARS - 1)}…` : text;
}
