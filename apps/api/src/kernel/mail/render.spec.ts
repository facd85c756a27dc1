import { renderMail } from './render';

const parts = {
  lang: 'ar',
  dir: 'rtl' as const,
  heading: 'اختر كلمة مرور جديدة',
  intro: ['Someone <b>asked</b> & waited.'],
  link: { text: 'Choose a new password', url: 'https://x.example/ar/editor/reset-password?token=a&b=1' },
  outro: ['Ignore it if not.'],
};

test('the HTML part has the language and direction, a real heading, the link with its own text and the address written out, no images', () => {
  const { html } = renderMail(parts);
  expect(html).toContain('<html lang="ar" dir="rtl">');
  expect(html).toMatch(/<h1[^>]*>اختر كلمة مرور جديدة<\/h1>/);
  expect(html).toContain(
    '<a href="https://x.example/ar/editor/reset-password?token=a&amp;b=1" style="color: #0b4f9c; font-weight: bold;">Choose a new password</a>',
  );
  expect(html).toContain('<p style="word-break: break-all;">https://x.example/ar/editor/reset-password?token=a&amp;b=1</p>');
  expect(html).not.toMatch(/<img/i);
});

test('text from outside is escaped in the HTML and kept as it is in the text part, where the link stands on a line of its own', () => {
  const { html, text } = renderMail(parts);
  expect(html).toContain('<p>Someone &lt;b&gt;asked&lt;/b&gt; &amp; waited.</p>');
  expect(text).toContain('Someone <b>asked</b> & waited.');
  expect(text.split('\n')).toContain('https://x.example/ar/editor/reset-password?token=a&b=1');
  expect(text.startsWith('اختر كلمة مرور جديدة\n')).toBe(true);
});

test('a digest lists its links in a real list with "and n more" after it, and the footer says why and links to the settings', () => {
  const { html, text } = renderMail({
    ...parts,
    list: { items: [{ text: 'Asthma <in children>', url: 'https://x.example/d/1' }], more: 'and 3 more' },
    footer: { text: 'You get this because it is on.', link: { text: 'Choose which e-mails you get', url: 'https://x.example/prefs' } },
  });
  expect(html).toContain(
    '<ul>\n<li><a href="https://x.example/d/1" style="color: #0b4f9c;">Asthma &lt;in children&gt;</a></li>\n</ul>\n<p>and 3 more</p>',
  );
  expect(html).toContain('<a href="https://x.example/prefs" style="color: #0b4f9c;">Choose which e-mails you get</a>');
  expect(text).toContain('- Asthma <in children>:\n  https://x.example/d/1\nand 3 more');
  expect(text.endsWith('--\nYou get this because it is on.\nChoose which e-mails you get:\nhttps://x.example/prefs')).toBe(true);
});
