import { scrubJson } from './erasure-plan';

const person = { id: '0b6c1d3e-1111-4222-8333-444455556666', email: 'Ann.Lee@example.org', displayName: 'Ann Lee' };

test('personal keys are dropped and the address, id and name are replaced in every string, at any depth', () => {
  const diff = {
    email: 'ann.lee@example.org',
    device: 'Firefox on Linux',
    after: { note: 'invited ANN.LEE@EXAMPLE.ORG', by: 'Ann Lee', ids: [person.id], role: 'editor' },
  };
  expect(scrubJson(diff, person, 'erased-user:x')).toEqual({
    after: { note: 'invited erased-user:x', by: 'erased-user:x', ids: ['erased-user:x'], role: 'editor' },
  });
});

test('a name is replaced as a whole word only, not inside a longer word', () => {
  expect(scrubJson({ text: 'Ann Leeway and Ann Lee.' }, person, 'X', new Set())).toEqual({ text: 'Ann Leeway and X.' });
});

test('a value that names no one comes back as the same object', () => {
  const diff = { after: { role: 'admin', locales: ['de'] } };
  expect(scrubJson(diff, person, 'X')).toBe(diff);
});
