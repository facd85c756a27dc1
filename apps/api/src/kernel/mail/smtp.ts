import { isIP } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { MailDeliveryError, type MailMessage, type MailSender } from './mail';

/** How the connection to the SMTP server is protected. */
export type SmtpTls = 'implicit' | 'starttls' | 'none';

export interface SmtpConfig {
  host: string;
  port: number;
  /** implicit: TLS from the first byte (port 465); starttls: upgrade required; none: plain (a relay on this machine only). */
  tls: SmtpTls;
  user: string | null;
  password: string | null;
  /** The sender address of every message (MAIL_FROM); the display name may be the tenant's. */
  from: string;
  /** Give up on a connection or an answer after this long (ms); the job queue tries again later. */
  timeoutMs: number;
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));

/**
 * The SMTP settings from the environment, or null when SMTP_HOST is unset.
 * In production SMTP is required: without it invitations and reset links
 * would be "sent" to nobody, so the API refuses to start (the error names the
 * variable to set).
 */
export function loadSmtpConfig(env: NodeJS.ProcessEnv, production: boolean): SmtpConfig | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) {
    if (production) {
      throw new Error(
        'SMTP_HOST is required in production: invitations and password-reset links are sent by e-mail. Set SMTP_HOST, SMTP_PORT, SMTP_TLS, SMTP_USER, SMTP_PASSWORD and MAIL_FROM (docs/operators.md).',
      );
    }
    return null;
  }
  const tlsRaw = (env.SMTP_TLS ?? '').trim();
  const portRaw = env.SMTP_PORT?.trim();
  const port = portRaw ? Number(portRaw) : tlsRaw === 'implicit' ? 465 : 587;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`SMTP_PORT must be a port number (1–65535), got "${portRaw}"`);
  const tls: SmtpTls = tlsRaw === '' ? (port === 465 ? 'implicit' : 'starttls') : (tlsRaw as SmtpTls);
  if (!['implicit', 'starttls', 'none'].includes(tls)) throw new Error(`SMTP_TLS must be implicit, starttls or none, got "${tlsRaw}"`);
  if (tls === 'none' && production && !isLoopback(host)) {
    throw new Error(
      'SMTP_TLS=none sends passwords and links in the clear: in production only for a relay on this machine (SMTP_HOST=127.0.0.1).',
    );
  }
  const user = env.SMTP_USER?.trim() || null;
  const password = env.SMTP_PASSWORD ?? null;
  if (user && !password) throw new Error('SMTP_USER is set but SMTP_PASSWORD is not: set both, or neither for a server without sign-in.');
  const from = env.MAIL_FROM?.trim() ?? '';
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(from)) {
    throw new Error(`MAIL_FROM must be the sender's e-mail address (e.g. careleaf@example.org) when SMTP_HOST is set, got "${from}"`);
  }
  const timeoutRaw = env.SMTP_TIMEOUT_SECONDS?.trim();
  const timeoutSeconds = timeoutRaw ? Number(timeoutRaw) : 30;
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 600) {
    throw new Error(`SMTP_TIMEOUT_SECONDS must be a whole number from 1 to 600, got "${timeoutRaw}"`);
  }
  return { host, port, tls, user, password: user ? password : null, from, timeoutMs: timeoutSeconds * 1000 };
}

/** Header lines as given, refusing anything that could start another header (CR, LF) or break the syntax. */
export function safeHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[A-Za-z][A-Za-z0-9-]{0,76}$/.test(name) || /[\r\n]/.test(value) || value.length > 2000) {
      throw new MailDeliveryError(`refused to send a malformed header "${name.slice(0, 80)}"`, true, null);
    }
    out[name] = value;
  }
  return out;
}

/** Delivers over SMTP (nodemailer). Failures become MailDeliveryError, permanent for 5xx answers. */
export class SmtpMailSender implements MailSender {
  private readonly transport: Transporter;

  constructor(private readonly config: SmtpConfig) {
    this.transport = nodemailer.createTransport({
      host: config.host,
      port: config.port,
      secure: config.tls === 'implicit',
      requireTLS: config.tls === 'starttls',
      ignoreTLS: config.tls === 'none',
      auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined,
      connectionTimeout: config.timeoutMs,
      greetingTimeout: config.timeoutMs,
      socketTimeout: config.timeoutMs,
    });
  }

  async send(message: MailMessage): Promise<void> {
    // Checked before the connection: a malformed header is our bug, and refused for good.
    const headers = message.headers ? safeHeaders(message.headers) : null;
    try {
      await this.transport.sendMail({
        from: message.fromName ? { name: message.fromName, address: this.config.from } : this.config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(headers ? { headers } : {}),
      });
    } catch (e) {
      const err = e as { message?: string; responseCode?: number; response?: string };
      const code = typeof err.responseCode === 'number' ? err.responseCode : null;
      throw new MailDeliveryError(err.response ?? err.message ?? String(e), code !== null && code >= 500, code);
    }
  }

  close(): void {
    this.transport.close();
  }
}
