import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** What the test server answers a recipient: null accepts; a code (451, 550) refuses with it. */
export type RecipientRule = (address: string, attempt: number) => { code: number; message: string } | null;

export interface TestSmtpServer {
  port: number;
  /** Every message accepted, parsed (text, html, headers), in order of arrival. */
  received: ParsedMail[];
  /** How many times each recipient was offered (accepted or refused), lower-cased. */
  attempts: Map<string, number>;
  /** Changes how recipients are answered from now on. */
  setRule(rule: RecipientRule): void;
  /** The first message to `to` arriving within `timeoutMs`. */
  waitFor(to: string, timeoutMs?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on a loopback port (the smtp-server package): plain
 * SMTP, no sign-in, so the API's transport runs unchanged against it
 * (SMTP_TLS=none). Refusals are real SMTP answers, as a mail provider sends them.
 */
export async function startSmtpServer(rule: RecipientRule = () => null): Promise<TestSmtpServer> {
  let current = rule;
  const received: ParsedMail[] = [];
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const key = address.address.toLowerCase();
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const refusal = current(key, attempt);
      if (!refusal) return callback();
      const err = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
      callback(err);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const addressed = (mail: ParsedMail, to: string) =>
    [mail.to].flat().some((a) => a?.value.some((v) => v.address?.toLowerCase() === to.toLowerCase()));
  return {
    port,
    received,
    attempts,
    setRule: (r) => (current = r),
    async waitFor(to, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const mail = received.find((m) => addressed(m, to));
        if (mail) return mail;
        if (Date.now() > until) throw new Error(`no mail to ${to} arrived within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
