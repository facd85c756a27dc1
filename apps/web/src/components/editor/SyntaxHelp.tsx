import { getTranslations } from 'next-intl/server';
import type { GlossaryKey } from '../../lib/editor/tenant-data';

/** How to write marks in the text fields (docs/editor.md), as a disclosure next to the fields. */
export async function SyntaxHelp({
  uiLocale,
  glossary = [],
  id = 'syntax-help',
}: {
  uiLocale: string;
  glossary?: GlossaryKey[];
  id?: string;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const rows: [string, string][] = [
    ['*wichtig*', t('syntax.help.emphasis')],
    ['**Achtung**', t('syntax.help.strong')],
    ['[Leitlinie](https://example.org/leitlinie)', t('syntax.help.link')],
    ['{abbr:World Health Organization|WHO}', t('syntax.help.abbr')],
    ['{term:mammografie|Mammografie}', t('syntax.help.term')],
    ['{lang:en|screening}', t('syntax.help.lang')],
    ['[^3f2a9c1e-…]', t('syntax.help.cite')],
    ['\\*  \\[  \\{  \\\\', t('syntax.help.escape')],
  ];
  return (
    <details className="syntax-help" id={id}>
      <summary>{t('syntax.help.title')}</summary>
      <dl>
        {rows.map(([code, text]) => (
          <div key={code}>
            <dt>
              <code>{code}</code>
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {glossary.length ? (
        <>
          <p>{t('syntax.help.glossaryKeys')}</p>
          <ul className="glossary-keys">
            {glossary.map((g) => (
              <li key={g.id}>
                <code>{g.key}</code> – {g.term}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
