import { disabledMail } from './webhook-mail';

const p = {
  tenant: 'Klinik Nord',
  url: 'https://hooks.example.org/x',
  failures: 10,
  settingsUrl: 'https://nord.example/de/editor/settings/webhooks',
};

test("the switch-off mail is written in the admin's language, with its direction, and falls back to English", () => {
  const de = disabledMail('a@example.org', { tag: 'de-AT', direction: 'ltr' }, p);
  expect(de.subject).toBe('Webhook auf Klinik Nord abgeschaltet');
  expect(de.html).toContain('<html lang="de-AT" dir="ltr">');
  expect(de.text).toContain('10 Zustellungen in Folge an https://hooks.example.org/x');
  const ar = disabledMail('a@example.org', { tag: 'ar', direction: 'rtl' }, p);
  expect(ar.html).toContain('<html lang="ar" dir="rtl">');
  const fr = disabledMail('a@example.org', { tag: 'fr', direction: 'ltr' }, p);
  expect(fr.subject).toBe('Webhook switched off on Klinik Nord');
  expect(fr.html).toContain('<html lang="en" dir="ltr">');
  expect(fr.text).toContain(p.settingsUrl);
});
