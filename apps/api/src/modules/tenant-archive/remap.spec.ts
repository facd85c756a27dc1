import { remapValue, remapText } from './remap';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';
const map = new Map([[A, B]]);

test('an id is replaced wherever it appears: whole values, inside texts, in array items and in object keys', () => {
  expect(remapValue({ id: A, key: `${A}/photo.png`, list: [A, 'x'], media: { [A]: { id: A } } }, map)).toEqual({
    id: B,
    key: `${B}/photo.png`,
    list: [B, 'x'],
    media: { [B]: { id: B } },
  });
});

test('a UUID that is not one of the mapped ids stays as it is, and upper case ids are found too', () => {
  expect(remapText(`${OTHER} ${A.toUpperCase()}`, map)).toBe(`${OTHER} ${B}`);
});

test('numbers, booleans and null pass unchanged', () => {
  expect(remapValue({ n: 1, b: true, z: null }, map)).toEqual({ n: 1, b: true, z: null });
});
