import type { Block } from '@careleaf/schema';
import { runChecks } from '../index';
import { ctx, doc, p } from '../test-support';

const callout = (id: string, variant: 'info' | 'warning' | 'seeDoctor' | 'urgent', ...blocks: Block[]): Block => ({
  id,
  type: 'callout',
  variant,
  blocks,
});
const faq = (id: string, ...blocks: Block[]): Block => ({
  id,
  type: 'faq',
  question: [{ type: 'text', text: 'Wann sofort anrufen?' }],
  blocks,
});
const emergency = (id: string): Block => ({ id, type: 'emergency', content: [{ type: 'text', text: 'Rufen Sie sofort den Notruf 112.' }] });
const urgency = (blocks: Block[], uiLocale: 'de' | 'en' = 'en') =>
  runChecks(doc(...blocks), ctx({ uiLocale })).filter((f) => f.checkId.startsWith('urgency'));

describe('emergency wording in a calm callout', () => {
  test.each([
    ['de', 'Bei Atemnot rufen Sie den Notruf.'],
    ['de', 'Wählen Sie sofort die 112.'],
    ['de', 'Der Rettungsdienst bringt Sie in die Notaufnahme.'],
    ['en', 'Call 999 or go to A&E now.'],
    ['en', 'If you cannot breathe, call an ambulance.'],
    ['en', 'Go to the emergency department.'],
    ['fr', 'Appelez le 15 immédiatement.'],
    ['ar', 'اتصل بالإسعاف فوراً.'],
  ])('is a warning for an information box (%s: %s)', (_lang, text) => {
    const findings = urgency([callout('c1', 'info', p('p1', text))]);
    expect(findings).toEqual([
      expect.objectContaining({ checkId: 'urgency-wording', severity: 'warning', blockId: 'c1', path: 'blocks[0]' }),
    ]);
    expect(findings[0]!.message).toContain('"information"');
  });

  test('is found in a "see a doctor" box too, and the message speaks German to a German editor', () => {
    const [finding] = urgency([callout('c1', 'seeDoctor', p('p1', 'Bei Brustschmerz rufen Sie den Notarzt.'))], 'de');
    expect(finding!.message).toContain('„Ärztlichen Rat einholen“');
    expect(finding!.message).toContain('Notfallhinweis');
  });

  test('is fine in an urgent box, and numbers alone are not emergency wording', () => {
    expect(urgency([callout('c1', 'urgent', p('p1', 'Rufen Sie den Notruf 112.'))])).toEqual([]);
    expect(urgency([callout('c2', 'info', p('p2', 'Ein oberer Wert von 112 mmHg ist normal. Messen Sie 999-mal nicht.'))])).toEqual([]);
    expect(urgency([p('p3', 'Wählen Sie sofort die 112.')])).toEqual([]);
  });
});

describe('urgent advice hidden in a closed question', () => {
  test('an emergency notice or an urgent box inside a question is a warning', () => {
    const findings = urgency([
      faq('q1', p('a1', 'Antwort'), emergency('e1')),
      faq('q2', callout('c1', 'urgent', p('p1', 'Heute zum Arzt.'))),
    ]);
    expect(findings.map((f) => [f.checkId, f.blockId, f.path])).toEqual([
      ['urgency-hidden', 'e1', 'blocks[0].blocks[1]'],
      ['urgency-hidden', 'c1', 'blocks[1].blocks[0]'],
    ]);
  });

  test('the same advice above the questions is fine', () => {
    expect(urgency([emergency('e1'), callout('c1', 'urgent', p('p1', 'Heute zum Arzt.')), faq('q1', p('a1', 'Antwort'))])).toEqual([]);
  });
});
