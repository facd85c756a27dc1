import 'server-only';
import { cookies } from 'next/headers';
import { cookieName, secureCookies } from '../public-url';
import { safeBackPath } from '../paths';

/**
 * Two short-lived HttpOnly cookies of two-factor sign-in. The web app keeps
 * no state of its own, so what a later page needs travels in the browser:
 * the sign-in challenge between the password and the code step (kept out of
 * the URL, where history, logs and referrers would keep it), and the new
 * recovery codes between confirming the set-up and the page (and download)
 * that shows them. SameSite=Strict: no other site's link or form sends them.
 */
export const CHALLENGE_COOKIE = cookieName('careleaf_editor_challenge');
/** The API's challenge lives five minutes; the cookie no longer. */
export const CHALLENGE_MAX_AGE = 5 * 60;
export const SETUP_COOKIE = cookieName('careleaf_editor_setup');
/** The API keeps a started set-up (its pending secret) for 15 minutes. */
export const SETUP_MAX_AGE = 15 * 60;
export const RECOVERY_COOKIE = cookieName('careleaf_editor_recovery');
/** Long enough to copy or download the codes, short enough not to linger in the browser. */
export const RECOVERY_MAX_AGE = 10 * 60;

function cookie(name: string, value: string, maxAge: number): string {
  const parts = [`${name}=${value}`, 'Path=/', `Max-Age=${maxAge}`, 'SameSite=Strict', 'HttpOnly'];
  if (secureCookies()) parts.push('Secure');
  return parts.join('; ');
}

export interface Challenge {
  token: string;
  /** The editor page to open once signed in. */
  back: string;
}

export function challengeCookie(challenge: Challenge): string {
  return cookie(CHALLENGE_COOKIE, Buffer.from(JSON.stringify(challenge), 'utf8').toString('base64url'), CHALLENGE_MAX_AGE);
}

export function clearChallengeCookie(): string {
  return cookie(CHALLENGE_COOKIE, '', 0);
}

export function decodeChallenge(value: string | undefined): Challenge | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Challenge>;
    if (typeof parsed.token !== 'string' || typeof parsed.back !== 'string') return null;
    return { token: parsed.token, back: safeBackPath(parsed.back, '/') };
  } catch {
    return null;
  }
}

/** The pending challenge of this request, or null (none, expired, or tampered with). */
export async function challengeOfRequest(): Promise<Challenge | null> {
  return decodeChallenge((await cookies()).get(CHALLENGE_COOKIE)?.value);
}

/**
 * A started set-up: its otpauth:// address (which holds the secret), from the
 * start handler to the page that shows it as a QR code and as text. The API
 * answers the secret only when a set-up starts, so a reload of the page keeps
 * showing the same one instead of starting over.
 */
export function setupCookie(uri: string): string {
  return cookie(SETUP_COOKIE, Buffer.from(uri, 'utf8').toString('base64url'), SETUP_MAX_AGE);
}

export function clearSetupCookie(): string {
  return cookie(SETUP_COOKIE, '', 0);
}

export interface Setup {
  uri: string;
  /** The secret in groups of four, for typing it and for screen readers. */
  secretGroups: string[];
}

export function decodeSetup(value: string | undefined): Setup | null {
  if (!value) return null;
  try {
    const uri = Buffer.from(value, 'base64url').toString('utf8');
    const url = new URL(uri);
    const secret = url.searchParams.get('secret') ?? '';
    if (url.protocol !== 'otpauth:' || !/^[A-Z2-7]{16,128}$/.test(secret)) return null;
    return { uri, secretGroups: secret.match(/.{1,4}/g) ?? [] };
  } catch {
    return null;
  }
}

export async function setupOfRequest(): Promise<Setup | null> {
  return decodeSetup((await cookies()).get(SETUP_COOKIE)?.value);
}

const RECOVERY_CODE = /^[A-Za-z0-9-]{4,40}$/;

export function recoveryCookie(codes: readonly string[]): string {
  return cookie(RECOVERY_COOKIE, codes.filter((c) => RECOVERY_CODE.test(c)).join('.'), RECOVERY_MAX_AGE);
}

export function clearRecoveryCookie(): string {
  return cookie(RECOVERY_COOKIE, '', 0);
}

export function decodeRecoveryCodes(value: string | undefined): string[] {
  return (value ?? '').split('.').filter((c) => RECOVERY_CODE.test(c));
}

/** The recovery codes just made, while their cookie lasts; [] otherwise. */
export async function recoveryCodesOfRequest(): Promise<string[]> {
  return decodeRecoveryCodes((await cookies()).get(RECOVERY_COOKIE)?.value);
}
