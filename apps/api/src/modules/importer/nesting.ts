/**
 * How deeply a Markdown source nests block quotes and list items, counted in
 * one linear pass without parsing. The Markdown parser spends time that grows
 * with the square of this nesting (5 kB of "> > > …" costs seconds of CPU),
 * so the importer refuses deep sources before parsing them.
 */
export function markdownNesting(source: string): number {
  let max = 0;
  let depth = 0;
  let atLineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 /* \n */) {
      depth = 0;
      atLineStart = true;
      continue;
    }
    if (!atLineStart) continue;
    if (c === 32 || c === 9 || c === 13) continue; // spaces, tabs and \r between markers
    if (c === 62 /* > */) {
      depth++;
    } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpace(source.charCodeAt(i + 1))) {
      depth++;
    } else if (c >= 48 && c <= 57) {
      // An ordered list marker: up to 9 digits, then "." or ")" and a space.
      let j = i;
      while (j < source.length && j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
      const after = source.charCodeAt(j);
      if ((after === 46 || after === 41) && isSpace(source.charCodeAt(j + 1))) {
        depth++;
        i = j;
      } else atLineStart = false;
    } else {
      atLineStart = false;
    }
    if (depth > max) max = depth;
  }
  return max;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
