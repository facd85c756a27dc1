import { AppError } from '../../kernel/errors';
import { cleanComment, REDACTED } from './comment';

test('a comment is trimmed, and an empty one is no comment', () => {
  expect(cleanComment('  Clear and short.  \r\n')).toBe('Clear and short.');
  expect(cleanComment('   \n ')).toBeNull();
  expect(cleanComment(undefined)).toBeNull();
});

test('a comment of 1,000 characters is kept, one of 1,001 is refused with its reason, limit and field', () => {
  expect(cleanComment('ä'.repeat(1000))).toHaveLength(1000);
  let error: unknown;
  try {
    cleanComment('x'.repeat(1001));
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).toGraphQL().extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'comment',
    reason: 'FEEDBACK_COMMENT_TOO_LONG',
    limit: 1000,
  });
});

test('e-mail addresses and phone numbers are replaced, dates and doses are not', () => {
  expect(cleanComment('Write me at jane.doe@example.org please')).toBe(`Write me at ${REDACTED} please`);
  expect(cleanComment('Call +43 660 123 45 67 or (030) 1234-5678.')).toBe(`Call ${REDACTED} or ${REDACTED}.`);
  expect(cleanComment('Since 12.03.2025 I take 500 mg twice a day')).toBe('Since 12.03.2025 I take 500 mg twice a day');
});

test('invisible direction and control characters are removed', () => {
  expect(cleanComment('a\u202Eb\u0007c')).toBe('abc');
});
