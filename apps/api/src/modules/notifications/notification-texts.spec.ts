import { NOTIFICATION_KINDS } from './kinds';
import { NOTIFICATION_LANGUAGES, NOTIFICATION_TEXTS, notificationLanguage, reasonIn } from './notification-texts';
import { composeNotification } from './notification-mail';

/** Every key path of a catalog, with the type of what is there (string or function). */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string' || typeof value === 'function') return [`${prefix}:${typeof value}`];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
}

test.each(NOTIFICATION_LANGUAGES.filter((l) => l !== 'en'))('the %s catalog has every key of the English one, and no other', (lang) => {
  expect(shape(NOTIFICATION_TEXTS[lang]).sort()).toEqual(shape(NOTIFICATION_TEXTS.en).sort());
});

test.each(NOTIFICATION_LANGUAGES)('no text of the %s catalog is empty, and every kind has a name', (lang) => {
  const texts = NOTIFICATION_TEXTS[lang];
  expect(Object.keys(texts.kinds).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  const p = { tenant: 'T', title: 'D', locale: 'de', actor: 'A' };
  for (const s of shape(texts)) expect(s).not.toMatch(/^$/);
  expect(texts.reviewRequested.body(p).length).toBeGreaterThan(10);
  expect(texts.reviewOverdue.more(3)).toContain('3');
});

test('the language follows the locale’s language, else English; unknown reasons are named by their code', () => {
  expect(notificationLanguage('de-AT')).toBe('de');
  expect(notificationLanguage('fr')).toBe('en');
  expect(reasonIn(NOTIFICATION_TEXTS.de, 'SLUG_TAKEN')).toContain('Adresse');
  expect(reasonIn(NOTIFICATION_TEXTS.de, 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
});

test('an Arabic notification is right-to-left, escapes the title, and carries the one-click unsubscribe headers', () => {
  const mail = composeNotification(
    { type: 'reviewApproved', documentId: 'd1', locale: 'ar', title: 'ربو <b>', actor: 'Sara' },
    {
      to: 'a@example.org',
      tenant: { id: 't1', name: 'Org' } as never,
      locale: { tag: 'ar', direction: 'rtl' },
      kind: 'reviewApproved',
      link: (path, params) => `https://x.test${path}?${new URLSearchParams(params).toString()}`,
      unsubscribe: { userId: '6f1c0b8e-2222-4a2b-9c3d-000000000002', key: Buffer.alloc(32) },
    },
  );
  expect(mail.html).toContain('<html lang="ar" dir="rtl">');
  expect(mail.html).toContain('ربو &lt;b&gt;');
  expect(mail.subject).toBe('تم الاعتماد: ربو <b> (ar)');
  expect(mail.headers).toEqual({
    'List-Unsubscribe': expect.stringMatching(
      /^<https:\/\/x\.test\/ar\/editor\/unsubscribe\/one-click\?token=6f1c0b8e-2222-4a2b-9c3d-000000000002\.reviewApproved\.[\w-]{43}>$/,
    ) as string,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  });
});
