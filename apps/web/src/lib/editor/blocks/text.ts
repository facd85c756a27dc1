import type { Block, Inline } from '@careleaf/schema/content';
import { fieldError, readInline, type Fields, type InlineEnv } from '../fields';

/** A kind whose own text is one `content` field (paragraph, heading …). */
export interface ContentBlock {
  id: string;
  content: Inline[];
}

/** A block's `content`: `text-<id>` (inline syntax), never empty. */
export function editContent<B extends ContentBlock>(block: B, fields: Fields, env: InlineEnv): B {
  const name = `text-${block.id}`;
  const content = readInline(fields, name, block.content, env);
  if (!content.length) throw fieldError(name, 'textMissing');
  return { ...block, content };
}

/** Heading: its text and `level-<id>` (2–4; anything else keeps the stored level). */
export function editHeading(block: Extract<Block, { type: 'heading' }>, fields: Fields, env: InlineEnv): Block {
  const edited = editContent(block, fields, env);
  const level = Number(fields.get(`level-${block.id}`));
  return { ...edited, level: level === 2 || level === 3 || level === 4 ? level : block.level };
}

/** FAQ entry: `question-<id>`; its answer is blocks of its own. */
export function editFaq(block: Extract<Block, { type: 'faq' }>, fields: Fields, env: InlineEnv): Block {
  const name = `question-${block.id}`;
  const question = readInline(fields, name, block.question, env);
  if (!question.length) throw fieldError(name, 'textMissing');
  return { ...block, question };
}
