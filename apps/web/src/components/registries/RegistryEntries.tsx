import { getTranslations } from 'next-intl/server';
import type { RegistryEntry } from '../../lib/registries';

export type EntryHeadingLevel = 2 | 3 | 4 | 5 | 6;

const isoDate = (d: string) => new Date(`${d.slice(0, 10)}T00:00:00Z`);

/** Only web addresses become links; anything else is shown as text. */
function webHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A phone number as a tel: address (digits and a leading +). */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * Registry entries as a list, shared by the registry pages and the registry
 * embeds in articles: name (a heading at `headingLevel`), description, the
 * ways to reach them, identifiers, legal basis, when the details were last
 * checked, and a text label on fictional sample entries. Name and description
 * from a fallback locale carry their own lang/dir; the field labels are in
 * the page language.
 */
export async function RegistryEntries({
  entries,
  locale,
  dir,
  headingLevel,
}: {
  entries: readonly RegistryEntry[];
  /** The language of the surrounding text (the page, or a block shown in another language). */
  locale: string;
  dir: 'ltr' | 'rtl';
  headingLevel: EntryHeadingLevel;
}) {
  const t = await getTranslations({ locale, namespace: 'Registries' });
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="registry-entries">
      {entries.map((e) => {
        const foreign = e.locale !== locale;
        const textLang = foreign ? { lang: e.locale, dir: e.dir !== dir ? e.dir : undefined } : {};
        const website = e.website ? webHref(e.website) : null;
        return (
          <li key={e.id} className="registry-entry">
            <Heading {...textLang}>{e.name}</Heading>
            {foreign ? <p className="muted">{t('notTranslated')}</p> : null}
            {e.sample ? (
              <p className="sample-label">
                <strong>{t('sample')}</strong>
              </p>
            ) : null}
            {e.description ? <p {...textLang}>{e.description}</p> : null}
            <dl className="entry-facts">
              {e.website ? (
                <div>
                  <dt>{t('website')}</dt>
                  <dd dir="ltr">{website ? <a href={website}>{e.website}</a> : e.website}</dd>
                </div>
              ) : null}
              {e.phone ? (
                <div>
                  <dt>{t('phone')}</dt>
                  <dd dir="ltr">
                    <a href={telHref(e.phone)}>{e.phone}</a>
                  </dd>
                </div>
              ) : null}
              {e.email ? (
                <div>
                  <dt>{t('email')}</dt>
                  <dd dir="ltr">
                    <a href={`mailto:${e.email}`}>{e.email}</a>
                  </dd>
                </div>
              ) : null}
              {e.address ? (
                <div>
                  <dt>{t('address')}</dt>
                  <dd>{e.address}</dd>
                </div>
              ) : null}
              {e.identifiers.length ? (
                <div>
                  <dt>{t('identifiers')}</dt>
                  {e.identifiers.map((id) => (
                    <dd key={`${id.scheme}:${id.value}`}>
                      {id.scheme}: <span dir="ltr">{id.value}</span>
                    </dd>
                  ))}
                </div>
              ) : null}
              {e.careCentre?.certification ? (
                <div>
                  <dt>{t('certification')}</dt>
                  <dd>{e.careCentre.certification}</dd>
                </div>
              ) : null}
              {e.careCentre?.certifier ? (
                <div>
                  <dt>{t('certifier')}</dt>
                  <dd>{e.careCentre.certifier}</dd>
                </div>
              ) : null}
              {e.legalBasis ? (
                <div>
                  <dt>{t('legalBasis')}</dt>
                  <dd>{e.legalBasis}</dd>
                </div>
              ) : null}
            </dl>
            {e.lastVerifiedOn ? <p className="muted">{t('lastVerified', { date: isoDate(e.lastVerifiedOn) })}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
