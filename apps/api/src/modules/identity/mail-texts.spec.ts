import { invitationMail, mailLanguage, resetMail } from './mail-texts';

test('the mail language is the locale’s language when written in it, else English', () => {
  expect(mailLanguage('de-AT')).toBe('de');
  expect(mailLanguage('ar')).toBe('ar');
  expect(mailLanguage('fr')).toBe('en');
});

test('a message in a language without texts is English and says so in its lang attribute, not the locale’s', () => {
  const mail = resetMail(
    'a@example.org',
    { tag: 'fa', direction: 'rtl' },
    { tenant: 'Org', url: 'https://x/fa/editor/reset-password?token=t' },
  );
  expect(mail.subject).toBe('Choose a new password for Org');
  expect(mail.html).toContain('<html lang="en" dir="ltr">');
});

test('an Arabic invitation is right-to-left, names the role in Arabic and comes from the tenant’s name', () => {
  const mail = invitationMail(
    'a@example.org',
    { tag: 'ar', direction: 'rtl' },
    {
      tenant: 'Org',
      inviter: 'admin@example.org',
      role: 'translator',
      locales: ['ar'],
      url: 'https://x/ar/editor/accept-invitation?token=t',
    },
  );
  expect(mail).toMatchObject({ to: 'a@example.org', fromName: 'Org', subject: 'دعوة للانضمام إلى Org على Careleaf' });
  expect(mail.html).toContain('<html lang="ar" dir="rtl">');
  expect(mail.text).toContain('بدور مترجم (ar)');
});
