import { getTranslations } from 'next-intl/server';
import type { TranslationBlockStatus, TranslationState } from '@careleaf/schema/web/graphql';

/** A translated block's status in words (never colour alone). */
export async function TranslationStatus({ status, uiLocale }: { status: TranslationBlockStatus; uiLocale: string }) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const labels: Record<TranslationBlockStatus, string> = {
    MISSING: t('translate.status.MISSING'),
    OUTDATED: t('translate.status.OUTDATED'),
    DRAFT: t('translate.status.DRAFT'),
    NEEDS_REVIEW: t('translate.status.NEEDS_REVIEW'),
    APPROVED: t('translate.status.APPROVED'),
  };
  return <>{labels[status]}</>;
}

/** A whole translation's state in words. */
export async function TranslationStateLabel({ state, uiLocale }: { state: TranslationState; uiLocale: string }) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const labels: Record<TranslationState, string> = {
    NOT_STARTED: t('translate.state.NOT_STARTED'),
    OUTDATED: t('translate.state.OUTDATED'),
    IN_PROGRESS: t('translate.state.IN_PROGRESS'),
    NEEDS_REVIEW: t('translate.state.NEEDS_REVIEW'),
    APPROVED: t('translate.state.APPROVED'),
  };
  return <>{labels[state]}</>;
}
