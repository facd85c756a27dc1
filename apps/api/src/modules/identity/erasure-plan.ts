/**
 * What erasing a person (GDPR Art. 17, `careleaf user delete`) does to each
 * column that refers to a user. Every foreign key to `users` — direct, or
 * through another user-referencing column like notification_digest_items →
 * notification_preferences — must be listed here: an integration test reads
 * the keys from the schema and fails on one that is missing, so a new table
 * holding user ids cannot silently keep a person after their erasure.
 *
 * - `delete`: the row is about the person only (account, credentials,
 *   settings, memberships) and goes.
 * - `former`: the row is the organisation's (content, workflow history,
 *   media, invitations someone sent): it stays, the id is cleared and a label
 *   column naming the person says FORMER_MEMBER instead.
 * - `audit`: audit entries stay, pseudonymised (erasure.service.ts).
 */
export type ErasureOutcome = 'delete' | 'former' | 'audit';

export interface UserReference {
  table: string;
  column: string;
  outcome: ErasureOutcome;
  /** A text column of the same row that names the person (their e-mail), rewritten with the id. */
  label?: string;
}

/** What content and history show as the author of something a since-erased person wrote. */
export const FORMER_MEMBER = 'former member';

export const USER_REFERENCES: readonly UserReference[] = [
  // Deleted before the rows they depend on (digest items hang off notification preferences).
  { table: 'notification_digest_items', column: 'user_id', outcome: 'delete' },
  { table: 'notification_preferences', column: 'user_id', outcome: 'delete' },
  { table: 'memberships', column: 'user_id', outcome: 'delete' },
  { table: 'sessions', column: 'user_id', outcome: 'delete' },
  { table: 'password_reset_tokens', column: 'user_id', outcome: 'delete' },
  { table: 'user_two_factor', column: 'user_id', outcome: 'delete' },
  { table: 'two_factor_recovery_codes', column: 'user_id', outcome: 'delete' },
  { table: 'two_factor_challenges', column: 'user_id', outcome: 'delete' },
  { table: 'documents', column: 'created_by', outcome: 'former' },
  { table: 'revisions', column: 'author_id', outcome: 'former', label: 'author_label' },
  { table: 'workflow_events', column: 'actor_id', outcome: 'former', label: 'actor_label' },
  { table: 'media', column: 'uploaded_by', outcome: 'former' },
  { table: 'translation_blocks', column: 'updated_by', outcome: 'former' },
  { table: 'invitations', column: 'invited_by', outcome: 'former' },
  { table: 'invitations', column: 'accepted_by', outcome: 'former' },
  { table: 'audit_log', column: 'actor_user_id', outcome: 'audit' },
];

/** Keys of audit details (at any depth) that describe a person or their device, dropped from the entries of an erased person. */
export const PERSONAL_DETAIL_KEYS: ReadonlySet<string> = new Set([
  'email',
  'displayName',
  'display_name',
  'name',
  'device',
  'userAgent',
  'user_agent',
  'ip',
  'ipPrefix',
  'signInPrefix',
  'sign_in_prefix',
  'address',
]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rewrites JSON (audit details, pending notifications) of an erased person:
 * drops `dropKeys`, and in every string replaces their e-mail address and user
 * id (anywhere) and their name (as a whole word, any case) with `replacement`.
 * Returns the value unchanged (the same reference) when nothing matched.
 */
export function scrubJson(
  value: unknown,
  person: { id: string; email: string; displayName: string },
  replacement: string,
  dropKeys: ReadonlySet<string> = PERSONAL_DETAIL_KEYS,
): unknown {
  const patterns = [
    new RegExp(escapeRegExp(person.email), 'gi'),
    new RegExp(escapeRegExp(person.id), 'gi'),
    // Word boundaries in any script: a name is not replaced inside a longer word.
    ...(person.displayName.trim()
      ? [new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(person.displayName.trim())}(?![\\p{L}\\p{N}])`, 'giu')]
      : []),
  ];
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > 100) return v;
    if (typeof v === 'string') return patterns.reduce((s, p) => s.replace(p, replacement), v);
    if (Array.isArray(v)) {
      const out = v.map((x) => walk(x, depth + 1));
      return out.every((x, i) => x === v[i]) ? v : out;
    }
    if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      const out = entries.filter(([k]) => !dropKeys.has(k)).map(([k, x]) => [k, walk(x, depth + 1)] as const);
      const same = out.length === entries.length && out.every(([, x], i) => x === entries[i]![1]);
      return same ? v : Object.fromEntries(out);
    }
    return v;
  };
  return walk(value, 0);
}
