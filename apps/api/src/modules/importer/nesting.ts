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

const STAR = 42;
const UNDERSCORE = 95;
const BACKSLASH = 92;

/**
 * How deeply a Markdown source could nest emphasis and link brackets inside
 * one paragraph: emphasis delimiters that can only open ("**a") count up by
 * their length, those that can only close ("a**") count down, "[" and "](" up,
 * "]" and ")" down. The parser resolves these against each other, so thousands of
 * unclosed openers cost it minutes ("**a " × 10,000 took three). Fenced code
 * is skipped, and a blank line ends the paragraph. Linear in the source.
 */
export function markdownInlineNesting(source: string): number {
  let max = 0;
  let emphasis = 0;
  let brackets = 0;
  let fence: string | null = null;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const trimmed = line.trimStart();
    const marker = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    } else if (marker) {
      fence = marker;
      emphasis = brackets = 0;
    } else if (!trimmed || trimmed.startsWith('#')) {
      emphasis = brackets = 0;
    } else {
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === BACKSLASH) {
          i++;
        } else if (c === 91 /* [ */) {
          brackets++;
        } else if (c === 93 /* ] */) {
          if (brackets > 0) brackets--;
          // "](" starts a link destination, which the parser looks for the end of.
          if (line.charCodeAt(i + 1) === 40 /* ( */) {
            brackets++;
            i++;
          }
        } else if (c === 41 /* ) */) {
          if (brackets > 0) brackets--;
        } else if (c === STAR || c === UNDERSCORE) {
          let j = i;
          while (j < line.length && line.charCodeAt(j) === c) j++;
          const run = j - i;
          const opens = j < line.length && !isSpace(line.charCodeAt(j));
          const closes = i > 0 && !isSpace(line.charCodeAt(i - 1));
          if (opens && (!closes || emphasis === 0)) emphasis += run;
          else if (closes) emphasis = Math.max(0, emphasis - run);
          i = j - 1;
        }
        if (emphasis + brackets > max) max = emphasis + brackets;
      }
    }
    lineStart = lineEnd + 1;
  }
  return max;
}
