import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../kernel/uuids';
import { isNotificationKind, type NotificationKind } from './kinds';

/**
 * One-click unsubscribe links (RFC 8058): `<user id>.<kind>.<signature>`, the
 * signature an HMAC-SHA256 of tenant, user and kind under the member's own
 * key (notification_preferences.unsubscribe_key). It does not expire: a link
 * in an old mail must still work; it does one thing only (turns that kind off
 * for that member in that tenant), so a leaked link cannot do more.
 */
export const newUnsubscribeKey = (): Buffer => randomBytes(32);

function signature(key: Buffer, tenantId: string, userId: string, kind: NotificationKind): Buffer {
  return createHmac('sha256', key).update(`careleaf-unsubscribe:${tenantId}:${userId}:${kind}`).digest();
}

export function unsubscribeToken(key: Buffer, tenantId: string, userId: string, kind: NotificationKind): string {
  return `${userId}.${kind}.${signature(key, tenantId, userId, kind).toString('base64url')}`;
}

export interface ParsedToken {
  userId: string;
  kind: NotificationKind;
  signature: Buffer;
}

/** The parts of a well-formed token, or null; whether it is genuine needs the key (`verifyUnsubscribe`). */
export function parseUnsubscribeToken(token: string): ParsedToken | null {
  if (token.length > 200) return null;
  const [userId, kind, sig, ...rest] = token.split('.');
  if (rest.length || !userId || !kind || !sig || !isUuid(userId) || !isNotificationKind(kind) || !/^[A-Za-z0-9_-]{43}$/.test(sig)) {
    return null;
  }
  return { userId, kind, signature: Buffer.from(sig, 'base64url') };
}

export function verifyUnsubscribe(key: Buffer, tenantId: string, token: ParsedToken): boolean {
  const expected = signature(key, tenantId, token.userId, token.kind);
  return expected.length === token.signature.length && timingSafeEqual(expected, token.signature);
}
