/**
 * The address a form with a SlugField asks for: the offered free alternative when its button was
 * pressed and the field still holds the refused address, otherwise the field ('' = none).
 */
export function chosenSlug(field: (name: string) => string): string {
  const accepted = field('acceptSlug');
  return accepted && field('slug') === field('slugBefore') ? accepted : field('slug');
}
