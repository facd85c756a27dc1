import 'server-only';
import { errorText } from '../../error-text';
import type { GraphQLErrorShape } from '../../graphql';
import type { Flash } from '../flash';

/**
 * The flash for a refused change: the API's message (it says what to do),
 * every problem it listed in `extensions.issues`, each on the control that
 * `fieldId` maps its API field to, shown in `section` of the page.
 */
export function refusal(
  errors: GraphQLErrorShape[],
  fieldId: (apiField: string) => string | undefined,
  section: string,
  fallback: string,
  /** The page's language, for the reason's message (errors.<reason>). */
  locale: string,
): Omit<Flash, 'id'> {
  const first = errors[0];
  if (!first) return { kind: 'error', text: fallback, section };
  const issues = Array.isArray(first.extensions?.issues)
    ? (first.extensions.issues as { field?: unknown; message?: unknown }[]).filter(
        (i): i is { field: string; message: string } => typeof i.field === 'string' && typeof i.message === 'string',
      )
    : [];
  const text = errorText(locale, first);
  const listed = issues.length ? issues : first.extensions?.field ? [{ field: first.extensions.field, message: text }] : [];
  const mapped = listed
    .map((i) => ({ field: fieldId(i.field), text: i.message }))
    .filter((e): e is { field: string; text: string } => Boolean(e.field));
  if (!mapped.length) return { kind: 'error', text, section };
  return { kind: 'error', text: issues.length ? mapped[0]!.text : text, field: mapped[0]!.field, errors: mapped, section };
}

/** The flash for errors the editor found itself, before calling the API. */
export function fieldErrors(errors: { field: string; text: string }[], section: string): Omit<Flash, 'id'> {
  return { kind: 'error', text: errors[0]!.text, field: errors[0]!.field, errors, section };
}
