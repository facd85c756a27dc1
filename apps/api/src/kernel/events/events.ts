import { z } from 'zod';

/*
 * Every domain event, in one place. An event says that something readers or
 * caches depend on changed; it carries ids only (subscribers read the rest),
 * so it always fits in one PostgreSQL notification (8000 bytes).
 */

const id = z.string().min(1).max(64);
const locale = z.string().min(1).max(64);
/** Who made the change (a user id), or null for the system (scheduler, CLI); subscribers use it so people are not told of their own steps. */
const actorId = id.nullable();

const schema = z.discriminatedUnion('type', [
  /** A document locale is now published (first time or a new version): readers see it differently. */
  z.strictObject({ type: z.literal('DocumentPublished'), tenantId: id, documentId: id, locale, actorId: actorId.optional() }),
  /** A published document locale was taken down (unpublished or archived). */
  z.strictObject({ type: z.literal('DocumentUnpublished'), tenantId: id, documentId: id, locale, actorId: actorId.optional() }),
  /** A document locale was submitted for review: its reviewers have work. */
  z.strictObject({ type: z.literal('ReviewRequested'), tenantId: id, documentId: id, locale, actorId }),
  /** A reviewer approved a document locale. */
  z.strictObject({ type: z.literal('ReviewApproved'), tenantId: id, documentId: id, locale, actorId }),
  /** A reviewer sent a document locale back to draft with a comment (read from its workflow history). */
  z.strictObject({ type: z.literal('ReviewSentBack'), tenantId: id, documentId: id, locale, actorId }),
  /** A scheduled publish or unpublish ran (`ok`) or was refused (`reason`: the error's reason code); the person who scheduled it is in the audit log. */
  z.strictObject({
    type: z.literal('ScheduledChangeDone'),
    tenantId: id,
    documentId: id,
    locale,
    action: z.enum(['publish', 'unpublish']),
    ok: z.boolean(),
    reason: z.string().max(64).nullable(),
  }),
  /** Someone accepted an invitation and is now a member. */
  z.strictObject({ type: z.literal('InvitationAccepted'), tenantId: id, invitationId: id, userId: id }),
  /** Registry entries of a tenant changed: its pages with registry embeds, and its registry lists, read differently now. */
  z.strictObject({ type: z.literal('RegistryChanged'), tenantId: id }),
  /** An image a published document shows got its resized copies: pages showing it now offer them in srcset. */
  z.strictObject({ type: z.literal('PublishedImageSourcesReady'), tenantId: id, mediaId: id }),
  /** Tenant settings changed (domains, locales, regions, theme …): answers and host lookups built from the old ones are stale. */
  z.strictObject({ type: z.literal('TenantChanged'), tenantId: id }),
]);

export type DomainEvent = z.infer<typeof schema>;
export type EventType = DomainEvent['type'];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;
export type DocumentPublished = EventOf<'DocumentPublished'>;
export type DocumentUnpublished = EventOf<'DocumentUnpublished'>;
export type RegistryChanged = EventOf<'RegistryChanged'>;
export type TenantChanged = EventOf<'TenantChanged'>;
export type ScheduledChangeDone = EventOf<'ScheduledChangeDone'>;

/** The one channel every API process listens on. */
export const EVENTS_CHANNEL = 'careleaf_events';

/** PostgreSQL refuses notification payloads of 8000 bytes or more. */
export const MAX_NOTICE_BYTES = 7999;

const notice = z.strictObject({
  /** The sending process: it has delivered the event itself and ignores its own notice. */
  from: z.string().min(1).max(64),
  event: schema,
});

/** The payload of one notification: the sender and one event. */
export function encodeNotice(from: string, event: DomainEvent): string {
  const payload = JSON.stringify({ from, event });
  if (Buffer.byteLength(payload) > MAX_NOTICE_BYTES) throw new Error(`a ${event.type} notice is larger than ${MAX_NOTICE_BYTES} bytes`);
  return payload;
}

/** The notice in `payload`, or null when it is not one this version understands. */
export function decodeNotice(payload: string): { from: string; event: DomainEvent } | null {
  if (payload.length > MAX_NOTICE_BYTES) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = notice.safeParse(value);
  return parsed.success ? parsed.data : null;
}
