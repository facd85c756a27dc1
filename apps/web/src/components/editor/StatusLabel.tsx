import { getTranslations } from 'next-intl/server';
import type { WorkflowStatus } from '@careleaf/schema/web/graphql';

export async function StatusLabel({ status, uiLocale }: { status: WorkflowStatus; uiLocale: string }) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const labels: Record<WorkflowStatus, string> = {
    DRAFT: t('status.DRAFT'),
    IN_REVIEW: t('status.IN_REVIEW'),
    APPROVED: t('status.APPROVED'),
    PUBLISHED: t('status.PUBLISHED'),
    UNPUBLISHED: t('status.UNPUBLISHED'),
    ARCHIVED: t('status.ARCHIVED'),
  };
  return <>{labels[status]}</>;
}
