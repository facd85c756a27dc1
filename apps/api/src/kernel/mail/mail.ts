import type { Logger } from '../logger';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text; links stand on lines of their own. */
  text: string;
  /** The same message as accessible HTML (see render.ts); absent: text only. */
  html?: string;
  /** Display name of the sender, e.g. the tenant's name; the address is the operator's (MAIL_FROM). */
  fromName?: string;
  /**
   * Extra header lines, e.g. List-Unsubscribe on notifications (never on
   * invitations or resets). Names and values are ASCII without line breaks.
   */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Why a delivery failed. `permanent`: the server refused the message for
 * good (a 5xx answer such as 550 "no such mailbox"), so trying again cannot
 * help; otherwise (4xx, connection refused, timeouts) a later try may work.
 */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly responseCode: number | null,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}

/**
 * Delivers e-mail. Services depend on this interface only, so a real
 * transport (SMTP, an e-mail API) plugs in without touching them.
 */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

/**
 * Development sender: writes the message to the log instead of sending it.
 * With `includeBody` false (the default in production) only the recipient
 * and subject are logged, so one-time links never land in production logs.
 */
export class LogMailSender implements MailSender {
  constructor(
    private readonly logger: Logger,
    private readonly includeBody: boolean,
  ) {}

  async send(message: MailMessage): Promise<void> {
    if (this.includeBody) {
      // The links up front, so a developer can open them straight from the log line.
      const links = message.text.match(/https?:\/\/\S+/g) ?? [];
      this.logger.info(
        { mail: message },
        `mail to ${message.to} (development: written to the log, not sent): ${message.subject}${links.length ? ` ${links.join(' ')}` : ''}`,
      );
    } else {
      this.logger.warn(
        { mail: { to: message.to, subject: message.subject } },
        'mail not sent: no mail transport is configured, and the body is withheld from the log (MAIL_LOG_BODIES=false)',
      );
    }
  }
}

/** Keeps messages in memory: for tests, and for tools that show what would be sent. */
export class MemoryMailSender implements MailSender {
  readonly outbox: MailMessage[] = [];

  async send(message: MailMessage): Promise<void> {
    this.outbox.push(message);
  }

  /** The newest message to `to`, if any. */
  lastTo(to: string): MailMessage | undefined {
    return this.outbox.filter((m) => m.to.toLowerCase() === to.toLowerCase()).at(-1);
  }
}

/**
 * Sends without making the caller wait or fail: a slow or broken transport
 * must not change what a request answers (password reset answers the same
 * whether or not an account exists, and must take about as long).
 */
export function sendInBackground(mail: MailSender, logger: Logger | null, message: MailMessage): void {
  void mail.send(message).catch((err: unknown) => logger?.error({ err, to: message.to }, 'sending mail failed'));
}
