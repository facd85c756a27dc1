import { validateDocumentContent, type DocumentContent } from '@careleaf/schema';
import { isSchemaReason } from '../../kernel/error-reasons';
import { AppError, badInput } from '../../kernel/errors';
import { DOCUMENT_KINDS, type DocumentKind } from './document.entity';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Document content checked against the one block schema; every problem is reported with its path and block. */
export function validContent(input: unknown, field = 'content'): DocumentContent {
  const result = validateDocumentContent(input);
  if (result.ok) return result.content;
  const [first] = result.issues;
  const where = first?.blockId ? ` in block "${first.blockId}"` : '';
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problem${result.issues.length > 2 ? 's' : ''})` : '';
  throw new AppError(
    'BAD_USER_INPUT',
    `${first?.path ? `${field}.${first.path}` : field}${where}: ${first?.message}${more}.`,
    first?.path ? `${field}.${first.path}` : field,
    {
      reason: isSchemaReason(first?.reason) ? first.reason : 'CONTENT_INVALID',
      issues: result.issues.map((i) => ({ ...i, path: i.path ? `${field}.${i.path}` : field })),
    },
  );
}

export function validDocSlug(slug: string, field = 'slug'): string {
  const s = slug.trim();
  if (!SLUG.test(s) || s.length > 120) {
    throw badInput(
      field,
      `"${slug}" is not a valid address part: use lower-case letters, digits and single hyphens (e.g. "brustkrebs-behandlung").`,
      'SLUG_INVALID',
    );
  }
  return s;
}

export function validKind(kind: string): DocumentKind {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind))
    throw badInput('kind', `Use one of: ${DOCUMENT_KINDS.join(', ')}.`, { reason: 'DOCUMENT_KIND_UNKNOWN', kind });
  return kind as DocumentKind;
}

export function validTopics(topics: string[]): string[] {
  return [...new Set(topics.map((t, i) => validDocSlug(t, `topics[${i}]`)))];
}
