import Bowser from 'bowser';

/** What kind of device a session is on, as far as its User-Agent tells (ADR 0025). */
export enum DeviceKind {
  DESKTOP = 'desktop',
  MOBILE = 'mobile',
  TABLET = 'tablet',
  TV = 'tv',
  BOT = 'bot',
  UNKNOWN = 'unknown',
}

export interface Device {
  /** The browser and its major version, e.g. "Firefox 133"; null when the User-Agent does not say. */
  browser: string | null;
  /** The operating system, e.g. "Windows 10" or "Android 14"; null when the User-Agent does not say. */
  os: string | null;
  kind: DeviceKind;
  /** In English, for API clients: "Firefox 133 on Windows 10", or "Unknown device". */
  description: string;
}

const KINDS = new Map<string, DeviceKind>(Object.values(DeviceKind).map((k) => [k, k]));

const joined = (...parts: (string | undefined)[]) => parts.filter((p) => p).join(' ') || null;

/**
 * A device name a person recognises, from the User-Agent kept with the
 * session (at most 512 characters). Only names and major versions: the full
 * string adds nothing a person can act on and makes a fingerprint.
 */
export function describeDevice(userAgent: string | null): Device {
  if (!userAgent?.trim()) return { browser: null, os: null, kind: DeviceKind.UNKNOWN, description: 'Unknown device' };
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split('.')[0];
  const browser = joined(parsed.browser.name, major);
  // Windows and macOS have names for their versions ("10", "Sonoma"); others are plain numbers.
  const os = joined(parsed.os.name, parsed.os.versionName ?? parsed.os.version?.split('.')[0]);
  const kind = KINDS.get(parsed.platform.type ?? '') ?? DeviceKind.UNKNOWN;
  const description = browser && os ? `${browser} on ${os}` : (browser ?? os ?? 'Unknown device');
  return { browser, os, kind, description };
}
