/** Entries grouped by their first letter, in the locale's alphabetical order. */
export function groupByLetter<T extends { term: string }>(entries: readonly T[], locale: string): { letter: string; entries: T[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = [...entries].sort((a, b) => collator.compare(a.term, b.term));
  const groups: { letter: string; entries: T[] }[] = [];
  for (const entry of sorted) {
    const first = [...entry.term.trim()][0] ?? '#';
    // Base letter: "Ä" files under "A" in German, as readers expect.
    const letter = /\p{L}/u.test(first) ? first.normalize('NFD')[0]!.toLocaleUpperCase(locale) : '#';
    const last = groups[groups.length - 1];
    if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

/** An id for a letter's section that is valid and stable in any script. */
export function letterAnchor(letter: string): string {
  return `letter-${[...letter].map((c) => c.codePointAt(0)!.toString(16)).join('')}`;
}

/** An entry's anchor on the glossary page: ids begin with a letter, so they also work as CSS selectors. */
export function glossaryEntryAnchor(entryId: string): string {
  return `entry-${entryId}`;
}
