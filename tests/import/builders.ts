// Builders that keep the expected block trees of the import tests (apps/api/src/modules/importer/*.spec.ts) readable.

import type { Inline } from '@careleaf/schema';

export const t = (text: string): Inline => ({ type: 'text', text });
export const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });
export const em = (...children: Inline[]): Inline => ({ type: 'emphasis', children });
export const link = (href: string, ...children: Inline[]): Inline => ({ type: 'link', href, children });
export const abbr = (title: string, text: string): Inline => ({ type: 'abbr', title, children: [t(text)] });
export const lang = (tag: string, text: string): Inline => ({ type: 'lang', lang: tag, children: [t(text)] });
export const cite = (...n: number[]): Inline => ({ type: 'cite', citationIds: n.map(citation) });
export const citation = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
export const media = (n: number) => `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`;
export const anyId = (prefix: string) => expect.stringMatching(new RegExp(`^${prefix}-[A-Za-z0-9_-]{10}$`));
