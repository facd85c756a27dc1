import { validateDocumentContent } from '@careleaf/schema';
import { importDocument } from './import.service';
import { anyId, link, strong, t } from '../../../../../tests/import/builders';

describe('importing an emergency notice', () => {
  test('a Markdown quotation opening with [!EMERGENCY] becomes an emergency block with its text and links', async () => {
    const source =
      '# Chest pain\n\n> [!EMERGENCY]\n> **Call 112 now** if the pain spreads to the arm.\n> Or call [the emergency line](tel:112).\n\nMore text.\n';
    const { content } = await importDocument({ format: 'markdown', source, locale: 'en' });
    expect(validateDocumentContent(content).ok).toBe(true);
    expect(content.blocks).toEqual([
      {
        id: anyId('em'),
        type: 'emergency',
        content: [
          strong(t('Call 112 now')),
          t(' if the pain spreads to the arm. Or call '),
          link('tel:112', t('the emergency line')),
          t('.'),
        ],
      },
      { id: anyId('p'), type: 'paragraph', content: [t('More text.')] },
    ]);
  });

  test('in HTML a blockquote opening with [!EMERGENCY] does the same, its paragraphs joined', async () => {
    const source = '<h1>Stroke</h1><blockquote><p>[!EMERGENCY] Face drooping?</p><p>Call 112.</p></blockquote>';
    const { content } = await importDocument({ format: 'html', source, locale: 'en' });
    expect(content.blocks).toEqual([{ id: anyId('em'), type: 'emergency', content: [t('Face drooping? Call 112.')] }]);
  });

  test('any other quotation still becomes ordinary paragraphs', async () => {
    const { content } = await importDocument({ format: 'markdown', source: '# T\n\n> [!NOTE]\n> Just a note.\n', locale: 'en' });
    expect(content.blocks.map((b) => b.type)).toEqual(['paragraph']);
  });
});
