import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { dirOf } from '../../../../components/content/context';
import { Pager } from '../../../../components/Pager';
import { RegionLine } from '../../../../components/registries/RegionLine';
import { RegistryEntries } from '../../../../components/registries/RegistryEntries';
import NotFoundPage from '../../page-not-found/page';
import { directionOf } from '../../../../lib/locales';
import { pageContext } from '../../../../lib/page';
import { nextPageHref, pageNumber, previousPageHref, readPageState } from '../../../../lib/pager';
import { getRegistries, getRegistryEntries, REGISTRY_PAGE_SIZE } from '../../../../lib/registries';
import { kindFromSlug, kindSlug } from '../../../../lib/registry-kinds';
import { fittedTitle } from '../../../../lib/page-title';

interface Props {
  params: Promise<{ locale: string; kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(params: Props['params']) {
  const ctx = await pageContext(params);
  const kind = kindFromSlug(decodeURIComponent((await params).kind));
  const registry = kind ? (await getRegistries(ctx.locale.tag, ctx.settings.chosenRegion)).find((r) => r.kind === kind) : undefined;
  return { ...ctx, kind, registry };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tenant, registry } = await load(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Registries' });
  return { title: await fittedTitle(locale.tag, registry?.label ?? t('emptyKindTitle'), tenant.name) };
}

/**
 * One registry's entries for the reader's region, 20 to a page. The proxy has
 * already answered unknown kinds with the 404 page; a kind without entries in
 * this region says so and links to the registries that have some.
 */
export default async function RegistryPage({ params, searchParams }: Props) {
  const { tenant, locale, settings, kind, registry } = await load(params);
  if (!kind) return <NotFoundPage params={params} />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Registries' });
  const dir = directionOf(locale);
  const back = (
    <p>
      <a href={`/${locale.tag}/registries`}>{t('all')}</a>
    </p>
  );
  if (!registry) {
    return (
      <>
        <h1>{t('emptyKindTitle')}</h1>
        <RegionLine tenant={tenant} locale={locale.tag} region={settings.region} />
        <p>{t('emptyKind')}</p>
        {back}
      </>
    );
  }
  let state = readPageState(await searchParams);
  let page = await getRegistryEntries(locale.tag, settings.chosenRegion, kind, state.after);
  if (!page || (state.after && !page.entries.length)) {
    // An outdated or edited address (or one past the last entry now): start at the first page.
    state = { after: null, before: [] };
    page = await getRegistryEntries(locale.tag, settings.chosenRegion, kind, null);
  }
  const path = `/${locale.tag}/registries/${kindSlug(kind)}`;
  const labelLang = registry.locale !== locale.tag ? registry.locale : undefined;
  return (
    <>
      <h1 lang={labelLang} dir={labelLang && dirOf(labelLang) !== dir ? dirOf(labelLang) : undefined}>
        {registry.label}
      </h1>
      <RegionLine tenant={tenant} locale={locale.tag} region={settings.region} />
      <p className="muted">{t('count', { count: registry.entryCount })}</p>
      {page?.entries.length ? (
        <RegistryEntries entries={page.entries} locale={locale.tag} dir={dir} headingLevel={2} />
      ) : (
        <p>{t('emptyKind')}</p>
      )}
      <Pager
        locale={locale.tag}
        page={pageNumber(state)}
        pages={Math.max(1, Math.ceil(registry.entryCount / REGISTRY_PAGE_SIZE))}
        previousHref={previousPageHref(path, {}, state)}
        nextHref={page?.hasNextPage && page.endCursor ? nextPageHref(path, {}, state, page.endCursor) : null}
      />
      {back}
    </>
  );
}
