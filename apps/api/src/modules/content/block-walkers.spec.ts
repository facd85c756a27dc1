import { createHash } from 'node:crypto';
import { blocksAt, inlineFields } from '../../../../../packages/content-checks/src/walk';
import { blockText, childBlocks, walkBlocks, type Block, type DocumentContent } from '@careleaf/schema';
import { DEMO_CONTENT } from '../../server/seed/demo-content';
import { refsFrom } from '../../server/seed/demo-content/seed';
import { citationPlaceholder, mediaPlaceholder, replacePlaceholders } from '../importer/placeholders';
import { nestedLists, ownText, textFields, withTextFields } from './block-fields';
import { forRegion, referencedIds } from './snapshot';

/*
 * The walkers over blocks (text, translation fields, references, checks, id
 * swaps) give the same answers as the per-kind switch statements they
 * replaced: the snapshot was written by those functions, on the demo content
 * and on one document holding every kind.
 */

const uuid = (n: number) => citationPlaceholder(n);

function demoContents(): { name: string; content: DocumentContent }[] {
  return DEMO_CONTENT.flatMap((tenant) => {
    let n = 0;
    const citations = new Map(Object.keys(tenant.citations).map((k) => [k, uuid(++n)]));
    const terms = new Map(Object.keys(tenant.glossary).map((k) => [k, `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`]));
    const refs = refsFrom(citations, terms);
    return tenant.documents.flatMap((doc) =>
      doc.locales.map((l) => ({ name: `${tenant.tenantSlug} ${l.locale}/${l.slug}`, content: l.content(refs) })),
    );
  });
}

const text = (t: string) => [{ type: 'text' as const, text: t }];

const everyKind: Block[] = [
  { id: 'h1', type: 'heading', level: 2, content: text('Heading') },
  { id: 'p1', type: 'paragraph', content: [...text('Para '), { type: 'cite', citationIds: [uuid(1)] }] },
  {
    id: 'l1',
    type: 'list',
    ordered: false,
    items: [
      { content: text('one'), list: { ordered: true, items: [{ content: text('one.a') }, { content: text('one.b') }] } },
      { content: text('two') },
    ],
  },
  {
    id: 'c1',
    type: 'callout',
    variant: 'warning',
    title: text('Careful'),
    blocks: [{ id: 'c1p', type: 'paragraph', content: text('inside') }],
  },
  { id: 'f1', type: 'faq', question: text('Why?'), blocks: [{ id: 'f1p', type: 'paragraph', content: text('Because') }] },
  { id: 'g1', type: 'figure', mediaId: mediaPlaceholder(1), decorative: false, alt: 'An image', caption: text('Caption') },
  {
    id: 't1',
    type: 'table',
    caption: text('Doses'),
    rows: [
      {
        cells: [
          { content: text('A'), header: true, scope: 'col' },
          { content: text('B'), header: true, scope: 'col' },
        ],
      },
      { cells: [{ content: text('1') }, { content: text('2') }] },
    ],
  },
  { id: 'ci1', type: 'citations', citationIds: [uuid(2), uuid(3)] },
  {
    id: 'r1',
    type: 'region',
    mode: 'include',
    regions: ['DE'],
    blocks: [{ id: 'r1p', type: 'paragraph', content: text('Germany') }],
    fallback: [{ id: 'r1f', type: 'paragraph', content: text('Elsewhere') }],
  },
  { id: 'e1', type: 'registryEmbed', kind: 'hotline', title: text('Hotlines') },
  { id: 'er1', type: 'easyRead', blocks: [{ id: 'er1p', type: 'paragraph', content: text('Easy') }] },
];

const CONTENTS = [...demoContents(), { name: 'every kind', content: { title: 'All', summary: '', blocks: everyKind } }];

test.each(CONTENTS.map((c) => [c.name, c.content] as const))('%s: the block walkers give the answers they gave before', (_, content) => {
  const blocks = [...walkBlocks(content.blocks)];
  const swapped = replacePlaceholders(content, {
    citations: new Map(Array.from({ length: 200 }, (_, i) => [uuid(i + 1), `20000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`])),
    media: new Map([[mediaPlaceholder(1), '30000000-0000-4000-8000-000000000001']]),
  });
  const answers = {
    perBlock: blocks.map((b) => ({
      id: b.id,
      children: childBlocks(b).map((c) => c.id),
      text: blockText(b),
      fields: textFields(b),
      ownText: ownText(b),
      nested: nestedLists(b).map((l) => [l.key, l.blocks.map((c) => c.id)]),
      rewritten: withTextFields(b, new Map(textFields(b).map((f) => [f.path, f.plain ? `x${f.value}` : text(`x${f.path}`)]))),
    })),
    referenced: referencedIds(content),
    regionDE: forRegion(content.blocks, 'DE').map((b) => b.id),
    regionFR: forRegion(content.blocks, 'FR'),
    checks: [...blocksAt(content.blocks)].map((at) => ({ path: at.path, branch: at.branch, fields: inlineFields(at) })),
    swapped,
  };
  // The demo articles are long: their answers are kept as a digest, the document with every kind in full.
  const json = JSON.stringify(answers);
  expect(content.title === 'All' ? answers : createHash('sha256').update(json).digest('hex')).toMatchSnapshot();
});
