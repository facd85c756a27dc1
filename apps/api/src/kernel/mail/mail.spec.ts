import { pino } from 'pino';
import { LogMailSender, MemoryMailSender, sendInBackground } from './mail';

function capture(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

const message = {
  to: 'a@example.org',
  subject: 'Choose a new password',
  text: 'Open this link:\nhttp://x.localhost:3000/editor/reset-password?token=abc\n',
};

test('the development sender logs the whole message with its links up front', async () => {
  const { logger, lines } = capture();
  await new LogMailSender(logger, true).send(message);
  expect(lines[0]).toMatchObject({ mail: message });
  expect(lines[0]!.msg).toBe(
    'mail to a@example.org (development: written to the log, not sent): Choose a new password http://x.localhost:3000/editor/reset-password?token=abc',
  );
});

test('without bodies (production) neither the text nor the link reaches the log', async () => {
  const { logger, lines } = capture();
  await new LogMailSender(logger, false).send(message);
  expect(JSON.stringify(lines)).not.toContain('token=abc');
  expect(lines[0]).toMatchObject({ mail: { to: 'a@example.org', subject: 'Choose a new password' } });
});

test('a failing sender is logged, never thrown at the caller', async () => {
  const { logger, lines } = capture();
  const broken = { send: () => Promise.reject(new Error('smtp down')) };
  expect(() => sendInBackground(broken, logger, message)).not.toThrow();
  await new Promise((r) => setImmediate(r));
  expect(lines[0]).toMatchObject({ msg: 'sending mail failed', to: 'a@example.org' });
  const memory = new MemoryMailSender();
  sendInBackground(memory, logger, message);
  expect(memory.lastTo('A@example.org')).toEqual(message);
});
