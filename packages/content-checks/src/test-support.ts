import type { Block, DocumentContent, Inline } from '@careleaf/schema';
import type { CheckContext } from './types';

// Helpers for the unit tests of this package (not exported from index).

export const text = (t: string): Inline => ({ type: 'text', text: t });
export const p = (id: string, ...content: (Inline | string)[]): Block => ({
  id,
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? text(c) : c)),
});
export const h = (id: string, level: 2 | 3 | 4, title: string): Block => ({ id, type: 'heading', level, content: [text(title)] });
export const doc = (...blocks: Block[]): DocumentContent => ({ title: 'Titel', summary: '', blocks });

export const MEDIA = '0b4e7c1a-1f2d-4c3b-9a8e-5d6f7a8b9c0d';
export const CITATION = '7b0c5f0e-3a1d-4c55-9a43-2d8f7f1e9a01';
export const TERM = '1f3e2b3c-6a0d-4c6e-8f55-0a9d2c1b7e42';

export function ctx(over: Partial<CheckContext> = {}): CheckContext {
  return {
    locale: 'de',
    uiLocale: 'en',
    citationsKnown: new Set([CITATION]),
    glossaryKnown: new Set([TERM]),
    media: new Map([[MEDIA, { altByLocale: {} }]]),
    ...over,
  };
}
