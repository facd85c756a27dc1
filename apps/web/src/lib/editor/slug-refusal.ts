import 'server-only';
import type { GraphQLErrorShape } from '../graphql';
import type { Flash } from './flash';
import { apiErrorFlash } from './form-action';
import { withDraft } from './admin/form-memory';

/** The draft field that carries the API's free alternative to a taken address back to the form. */
export const SLUG_SUGGESTION = 'slugSuggestion';

/**
 * The error flash for a refused form that has an address field, with everything typed kept
 * (form-memory) and, when the address was taken, the API's free alternative beside it, so the
 * page can offer it as one button: nothing pasted or edited is lost on a clash.
 */
export async function refusedWithDraft(
  errors: readonly GraphQLErrorShape[],
  form: FormData,
  locale: string,
  controls: Record<string, string>,
): Promise<Omit<Flash, 'id'> | null> {
  const flash = apiErrorFlash(errors, { field: (f) => (f ? controls[f] : undefined) }, locale);
  if (!flash) return null;
  const kept = new FormData();
  for (const [k, v] of form.entries()) if (typeof v === 'string' && k !== SLUG_SUGGESTION) kept.append(k, v);
  const suggestion = errors[0]?.extensions?.reason === 'SLUG_TAKEN' ? errors[0].extensions.suggestion : undefined;
  if (typeof suggestion === 'string') kept.set(SLUG_SUGGESTION, suggestion);
  return withDraft(flash, kept);
}
