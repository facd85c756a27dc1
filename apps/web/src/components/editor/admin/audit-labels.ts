import { getTranslations } from 'next-intl/server';
import type { AuditAction, AuditObjectType } from '../../../lib/editor/admin/audit-filter';

/**
 * Names of audit log actions and object kinds in the UI language: the one
 * label source for the filter's choices and the table's rows (a map per
 * list, so the compiler asks for a label when an action is added).
 */
export async function auditLabels(locale: string) {
  const t = await getTranslations({ locale, namespace: 'Editor.admin.audit' });
  const actions = {
    'session.signIn': t('actions.sessionSignIn'),
    'session.signInFailed': t('actions.sessionSignInFailed'),
    'session.signOut': t('actions.sessionSignOut'),
    'session.signOutEverywhere': t('actions.sessionSignOutEverywhere'),
    'user.unlock': t('actions.userUnlock'),
    'user.erase': t('actions.userErase'),
    'membership.create': t('actions.membershipCreate'),
    'membership.update': t('actions.membershipUpdate'),
    'membership.remove': t('actions.membershipRemove'),
    'invitation.create': t('actions.invitationCreate'),
    'invitation.revoke': t('actions.invitationRevoke'),
    'invitation.accept': t('actions.invitationAccept'),
    'tenant.create': t('actions.tenantCreate'),
    'tenant.update': t('actions.tenantUpdate'),
    'tenant.configureSso': t('actions.tenantConfigureSso'),
    'document.create': t('actions.documentCreate'),
    'document.import': t('actions.documentImport'),
    'document.metadata': t('actions.documentMetadata'),
    'revision.create': t('actions.revisionCreate'),
    'revision.restore': t('actions.revisionRestore'),
    'translation.import': t('actions.translationImport'),
    'workflow.submit': t('actions.workflowSubmit'),
    'workflow.approve': t('actions.workflowApprove'),
    'workflow.sendBack': t('actions.workflowSendBack'),
    'workflow.publish': t('actions.workflowPublish'),
    'workflow.unpublish': t('actions.workflowUnpublish'),
    'workflow.archive': t('actions.workflowArchive'),
    'workflow.schedule-publish': t('actions.workflowSchedulePublish'),
    'workflow.schedule-unpublish': t('actions.workflowScheduleUnpublish'),
    'workflow.cancel-publish': t('actions.workflowCancelPublish'),
    'workflow.cancel-unpublish': t('actions.workflowCancelUnpublish'),
    'workflow.schedule-publish-failed': t('actions.workflowSchedulePublishFailed'),
    'workflow.schedule-unpublish-failed': t('actions.workflowScheduleUnpublishFailed'),
    'citation.create': t('actions.citationCreate'),
    'citation.update': t('actions.citationUpdate'),
    'citation.delete': t('actions.citationDelete'),
    'glossary.create': t('actions.glossaryCreate'),
    'glossary.update': t('actions.glossaryUpdate'),
    'glossary.delete': t('actions.glossaryDelete'),
    'termbase.create': t('actions.termbaseCreate'),
    'termbase.update': t('actions.termbaseUpdate'),
    'termbase.delete': t('actions.termbaseDelete'),
    'media.upload': t('actions.mediaUpload'),
    'media.text': t('actions.mediaText'),
    'media.decorative': t('actions.mediaDecorative'),
    'media.delete': t('actions.mediaDelete'),
    'registry.settings': t('actions.registrySettings'),
    'registry.create': t('actions.registryCreate'),
    'registry.update': t('actions.registryUpdate'),
    'registry.delete': t('actions.registryDelete'),
    'registry.verify': t('actions.registryVerify'),
    'registry.import': t('actions.registryImport'),
  } satisfies Record<AuditAction, string>;
  const types = {
    document: t('types.document'),
    user: t('types.user'),
    invitation: t('types.invitation'),
    tenant: t('types.tenant'),
    citation: t('types.citation'),
    glossaryTerm: t('types.glossaryTerm'),
    media: t('types.media'),
    registry: t('types.registry'),
    registryEntry: t('types.registryEntry'),
    term_concept: t('types.term_concept'),
    session: t('types.session'),
  } satisfies Record<AuditObjectType, string>;
  return {
    /** An action's label; an action this screen does not know yet is shown as the log has it. */
    action: (a: string): string => (Object.hasOwn(actions, a) ? actions[a as AuditAction] : a),
    objectType: (o: string): string => (Object.hasOwn(types, o) ? types[o as AuditObjectType] : o),
  };
}
