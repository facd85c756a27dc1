/**
 * One e-mail in text and accessible HTML from the same parts: a real heading,
 * paragraphs, one link whose text makes sense on its own (never "click
 * here"), the address written out after it for mail readers that drop links,
 * no images, the message's language and direction on the root element.
 */
export interface MailParts {
  /** BCP 47 tag of the message's language. */
  lang: string;
  dir: 'ltr' | 'rtl';
  heading: string;
  /** Paragraphs before the link. */
  intro: string[];
  link: { text: string; url: string };
  /** Paragraphs after the link. */
  outro: string[];
  /** A list of links after the intro (a digest), each text meaningful on its own; `more` follows it ("and 3 more"). */
  list?: { items: { text: string; url: string }[]; more?: string };
  /** Why the recipient gets this and where to change it: a last paragraph, set apart, with a link of its own. */
  footer?: { text: string; link: { text: string; url: string } };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderMail(parts: MailParts): { text: string; html: string } {
  const list = parts.list;
  const text = [
    parts.heading,
    '',
    ...parts.intro.flatMap((p) => [p, '']),
    ...(list ? [...list.items.flatMap((i) => [`- ${i.text}:`, `  ${i.url}`]), ...(list.more ? [list.more] : []), ''] : []),
    `${parts.link.text}:`,
    parts.link.url,
    '',
    ...parts.outro.flatMap((p) => [p, '']),
    ...(parts.footer ? ['--', parts.footer.text, `${parts.footer.link.text}:`, parts.footer.link.url] : []),
  ]
    .join('\n')
    .trimEnd();
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const url = escapeHtml(parts.link.url);
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(parts.lang)}" dir="${parts.dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.heading)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; background: #ffffff; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<h1 style="font-size: 1.5em;">${escapeHtml(parts.heading)}</h1>`,
    ...parts.intro.map(p),
    ...(list
      ? [
          '<ul>',
          ...list.items.map((i) => `<li><a href="${escapeHtml(i.url)}" style="color: #0b4f9c;">${escapeHtml(i.text)}</a></li>`),
          '</ul>',
          ...(list.more ? [p(list.more)] : []),
        ]
      : []),
    `<p><a href="${url}" style="color: #0b4f9c; font-weight: bold;">${escapeHtml(parts.link.text)}</a></p>`,
    `<p style="word-break: break-all;">${url}</p>`,
    ...parts.outro.map(p),
    ...(parts.footer
      ? [
          `<hr><p style="font-size: 0.9em;">${escapeHtml(parts.footer.text)} <a href="${escapeHtml(parts.footer.link.url)}" style="color: #0b4f9c;">${escapeHtml(parts.footer.link.text)}</a></p>`,
        ]
      : []),
    '</body></html>',
  ].join('\n');
  return { text, html };
}
