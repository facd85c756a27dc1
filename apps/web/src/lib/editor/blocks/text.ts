import type { Block } from '@careleaf/schema/content';
import { fieldError, readInline, type Fields, type InlineEnv } from '../fields';

type Heading = Extract<Block, { type: 'heading' }>;
type Paragraph = Extract<Block, { type: 'paragraph' | 'emergency' }>;

/** Paragraph, emergency notice and heading: `text-<id>` (inline syntax), headings also `level-<id>` (2–4). */
export function editText(block: Heading | Paragraph, fields: Fields, env: InlineEnv): Block {
  const name = `text-${block.id}`;
  const content = readInline(fields, name, block.content, env);
  if (!content.length) throw fieldError(name, 'textMissing');
  if (block.type !== 'heading') return { ...block, content };
  const level = Number(fields.get(`level-${block.id}`));
  return { ...block, content, level: level === 2 || level === 3 || level === 4 ? level : block.level };
}

/** FAQ entry: `question-<id>`; its answer is blocks of its own. */
export function editFaq(block: Extract<Block, { type: 'faq' }>, fields: Fields, env: InlineEnv): Block {
  const name = `question-${block.id}`;
  const question = readInline(fields, name, block.question, env);
  if (!question.length) throw fieldError(name, 'textMissing');
  return { ...block, question };
}
