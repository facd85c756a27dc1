import de from '../../messages/de.json';
import en from '../../messages/en.json';
import { errorText } from './error-text';

const stale = {
  message: 'Someone saved this de version after you opened it (now version 3, you started from 2). Nothing was saved.',
  extensions: { code: 'CONFLICT', field: 'baseVersion', reason: 'REVISION_CHANGED', currentVersion: 3 },
};

describe('API errors in the reader’s language', () => {
  test('a stale save (CONFLICT / REVISION_CHANGED) is shown to a German editor in German, not in English', () => {
    expect(errorText('de', stale)).toBe(de.errors.REVISION_CHANGED);
    expect(errorText('de-AT', stale)).toBe(de.errors.REVISION_CHANGED);
    expect(errorText('en', stale)).toBe(en.errors.REVISION_CHANGED);
  });

  test('the parameters of a reason fill its message (a limit, the wait in minutes)', () => {
    const long = { message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'alt', reason: 'TOO_LONG', limit: 250 } };
    expect(errorText('de', long)).toBe('Das ist zu lang: höchstens 250 Zeichen.');
    const locked = { message: 'x', extensions: { code: 'TOO_MANY_REQUESTS', reason: 'SIGN_IN_LOCKED', retryAfterSeconds: 61 } };
    expect(errorText('de', locked)).toContain('2 Minuten');
    expect(errorText('en', locked)).toContain('2 minutes');
  });

  test('a year is written without a thousands separator', () => {
    const year = { message: 'x', extensions: { code: 'BAD_USER_INPUT', reason: 'YEAR_IMPLAUSIBLE', min: 1800, max: 2027 } };
    expect(errorText('de', year)).toBe('Geben Sie ein Jahr zwischen 1800 und 2027 an.');
  });

  test('a reason the catalogs do not know, or one missing its parameters, falls back to the API message', () => {
    expect(errorText('de', { message: 'Something new.', extensions: { code: 'BAD_USER_INPUT', reason: 'BRAND_NEW' } })).toBe(
      'Something new.',
    );
    expect(errorText('de', { message: 'No limit given.', extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_LONG' } })).toBe(
      'No limit given.',
    );
    expect(errorText('de', { message: 'No reason.' })).toBe('No reason.');
  });
});
