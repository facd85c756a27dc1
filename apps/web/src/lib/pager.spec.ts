import { nextPageHref, pageNumber, previousPageHref, readPageState } from './pager';

const path = '/de/search';
const keep = { q: 'Brust krebs' };

test('paging forward keeps the earlier cursors, paging back pops them until the first page', () => {
  const one = readPageState({ q: 'x' });
  expect(pageNumber(one)).toBe(1);
  expect(previousPageHref(path, keep, one)).toBeNull();

  const toTwo = nextPageHref(path, keep, one, 'czoxMA');
  expect(toTwo).toBe('/de/search?q=Brust+krebs&after=czoxMA');
  const two = readPageState(Object.fromEntries(new URL(toTwo, 'http://x').searchParams));
  expect(pageNumber(two)).toBe(2);
  expect(previousPageHref(path, keep, two)).toBe('/de/search?q=Brust+krebs');

  const toThree = nextPageHref(path, keep, two, 'czoyMA');
  expect(toThree).toBe('/de/search?q=Brust+krebs&after=czoyMA&before=czoxMA');
  const three = readPageState(Object.fromEntries(new URL(toThree, 'http://x').searchParams));
  expect(pageNumber(three)).toBe(3);
  expect(previousPageHref(path, keep, three)).toBe('/de/search?q=Brust+krebs&after=czoxMA');

  const four = readPageState(Object.fromEntries(new URL(nextPageHref(path, keep, three, 'czozMA'), 'http://x').searchParams));
  expect(four).toEqual({ after: 'czozMA', before: ['czoxMA', 'czoyMA'] });
  expect(previousPageHref(path, keep, four)).toBe('/de/search?q=Brust+krebs&after=czoyMA&before=czoxMA');
});

test('cursors that are not base64url are ignored, so nothing odd reaches the API', () => {
  expect(readPageState({ after: '<script>' })).toEqual({ after: null, before: [] });
  expect(readPageState({ after: 'abc', before: 'ok.<b>.fine' })).toEqual({ after: 'abc', before: ['ok', 'fine'] });
  expect(readPageState({ after: ['abc', 'def'] })).toEqual({ after: 'abc', before: [] });
  expect(readPageState({ before: 'abc' })).toEqual({ after: null, before: [] });
});
