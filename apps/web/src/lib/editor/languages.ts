/** A language's name in the editor's UI language ("Englisch" for en in a German editor); the tag when unknown. */
export function languageName(uiLocale: string, tag: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
