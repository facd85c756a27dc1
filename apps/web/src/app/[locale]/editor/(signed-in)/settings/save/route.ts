import { getTranslations } from 'next-intl/server';
import {
  parseCorsOrigins,
  parseDomains,
  parseLocales,
  parseRegions,
  parseReview,
  type Parsed,
} from '../../../../../../lib/editor/admin/settings-form';
import { PUBLISH_RULES, type PublishRule } from '../../../../../../components/editor/admin/PublishingRequirementsSection';
import { themeColorLabels } from '../../../../../../components/editor/admin/theme-labels';
import { withDraft } from '../../../../../../lib/editor/admin/form-memory';
import { refusal, fieldErrors } from '../../../../../../lib/editor/admin/respond';
import {
  themeFieldId,
  themeProblems,
  formatRatio,
  THEME_COLOR_NAMES,
  type ColorName,
} from '../../../../../../lib/editor/admin/theme-check';
import { AdminUpdateTenantMutation } from '../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../lib/editor/api';
import { TwoFactorStatusQuery } from '../../../../../../lib/editor/two-factor-documents';
import { formAction, pageRedirect } from '../../../../../../lib/editor/form-action';
import type { UpdateTenantSettingsInput } from '@careleaf/schema/web/graphql';
import { clearTenantCache } from '../../../../../../lib/tenant';

const READABILITY_SCORES = [
  'fleschReadingEase',
  'fleschKincaidGrade',
  'amstad',
  'wienerSachtextformel',
  'fernandezHuerta',
  'kandelMoles',
  'gulpease',
  'fleschDouma',
] as const;

/** Every field "leave as it is"; a form sets only its own part. */
const EMPTY_INPUT: UpdateTenantSettingsInput = {
  name: undefined,
  domains: undefined,
  locales: undefined,
  defaultLocale: undefined,
  regions: undefined,
  defaultRegion: undefined,
  reviewCycleMonths: undefined,
  theme: undefined,
  readabilityTargets: undefined,
  requireTwoFactor: undefined,
  corsOrigins: undefined,
  publishRequirements: undefined,
};

/**
 * Every form of the tenant settings: `section` says which part is saved.
 * The API decides (admins only) and checks; its problems come back on the
 * controls they concern. The theme is checked here first, so the editor can
 * show each failing pair in the UI language without a round trip.
 */
export const POST = formAction(async ({ locale, t, form, field, csrf, redirectTo }) => {
  const ta = await getTranslations({ locale, namespace: 'Editor.admin' });
  const section = field('section');
  const settings = `/${locale}/editor/settings`;
  const back = section === 'theme' ? `${settings}/theme` : section === 'cors' ? `${settings}/webhooks` : settings;

  let parsed: Parsed<Partial<UpdateTenantSettingsInput>>;
  let status: string;
  switch (section) {
    case 'locales':
      parsed = parseLocales(form);
      status = 'localesSaved';
      break;
    case 'regions':
      parsed = parseRegions(form);
      status = 'regionsSaved';
      break;
    case 'domains':
      parsed = parseDomains(form);
      status = 'domainsSaved';
      break;
    case 'review': {
      const review = parseReview(form, READABILITY_SCORES);
      if (review.badNumber) {
        return redirectTo(
          back,
          await withDraft(fieldErrors([{ field: review.badNumber, text: ta('settings.notANumber') }], section), form),
        );
      }
      parsed = review;
      status = 'reviewSaved';
      break;
    }
    case 'theme': {
      const colors = Object.fromEntries(THEME_COLOR_NAMES.map((n) => [n, field(themeFieldId(n))])) as Record<ColorName, string>;
      const problems = themeProblems(colors);
      if (problems.length) {
        const name = await themeColorLabels(locale);
        const errors = problems.map((p) => ({
          field: themeFieldId(p.field),
          text:
            p.kind === 'missing'
              ? ta('theme.missing', { color: name(p.field) })
              : p.kind === 'format'
                ? ta('theme.format', { color: name(p.field), value: p.value })
                : ta('theme.contrast', {
                    color: name(p.foreground),
                    fg: p.fg,
                    background: name(p.background),
                    bg: p.bg,
                    ratio: formatRatio(p.ratio, locale),
                    needed: `${p.needed.toLocaleString(locale)}:1`,
                  }),
        }));
        return redirectTo(back, await withDraft(fieldErrors(errors, section), form));
      }
      parsed = { input: { theme: colors }, fieldId: (f) => (f.startsWith('theme.') ? themeFieldId(f.slice(6) as ColorName) : undefined)! };
      status = 'themeSaved';
      break;
    }
    case 'cors':
      // The API checks each origin and names the first bad one.
      parsed = parseCorsOrigins(form);
      status = 'corsSaved';
      break;
    case 'publishing':
      // Unticked checkboxes are not sent: their absence switches the rule off.
      parsed = {
        input: {
          publishRequirements: {
            ...(Object.fromEntries(PUBLISH_RULES.map((r) => [r, form.get(`rule-${r}`) === 'on'])) as Record<PublishRule, boolean>),
            readability: field('readability') === 'error' ? 'error' : 'warning',
          },
        },
        fieldId: () => 'publish-rule-author',
      };
      status = 'publishingSaved';
      break;
    case 'security':
      // An unticked checkbox is not sent at all: its absence turns the rule off.
      parsed = { input: { requireTwoFactor: form.get('require-two-factor') === 'on' }, fieldId: () => 'require-two-factor' };
      status = 'securitySaved';
      break;
    default:
      return redirectTo(back, { kind: 'error', text: t('save.badForm') });
  }

  const result = await asEditor(AdminUpdateTenantMutation, { input: { ...EMPTY_INPUT, ...parsed.input } }, csrf);
  if (result.errors.length || !result.data) {
    return redirectTo(back, await withDraft(refusal(result.errors, parsed.fieldId, section, t('save.badForm'), locale), form));
  }
  // Languages, regions and colours of the site come from the tenant: the next page must not show the old ones.
  clearTenantCache();
  // An admin without a second factor who just turned the rule on is held at enrolment too: take them there.
  if (parsed.input.requireTwoFactor && (await asEditor(TwoFactorStatusQuery, {})).data?.twoFactorStatus.enrolmentRequired) {
    return redirectTo(`/${locale}/editor/account/two-factor`, { kind: 'status', text: 'enrolmentNeeded' });
  }
  return redirectTo(back, { kind: 'status', text: status, section });
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/settings`);
