import {
  chosenRegion,
  DEFAULT_READING,
  effectiveRegion,
  hostRegion,
  parseReadingCookie,
  readingFrom,
  serializeReading,
} from './preferences';

test('reading preferences survive a round trip through the cookie', () => {
  const prefs = { textSize: 175, contrast: 'high', spacing: 'loose', motion: 'reduce' } as const;
  expect(parseReadingCookie(serializeReading(prefs))).toEqual(prefs);
});

test('unknown or missing values fall back to the defaults, field by field', () => {
  expect(parseReadingCookie(undefined)).toEqual(DEFAULT_READING);
  expect(parseReadingCookie('size=900&contrast=neon&spacing=relaxed')).toEqual({ ...DEFAULT_READING, spacing: 'relaxed' });
  expect(readingFrom(() => null)).toEqual(DEFAULT_READING);
});

test('the region is the reader’s choice when the tenant has it, else the tenant default', () => {
  const regions = [{ code: 'DE' }, { code: 'AT' }];
  expect(effectiveRegion('at', regions, 'DE')).toBe('AT');
  expect(effectiveRegion('FR', regions, 'DE')).toBe('DE');
  expect(effectiveRegion(undefined, regions, null)).toBe('DE');
  expect(effectiveRegion(undefined, [], null)).toBeNull();
});

test('a region counts as chosen only when the cookie names one of the tenant’s regions', () => {
  const regions = [{ code: 'DE' }, { code: 'AT' }];
  expect(chosenRegion(' at ', regions)).toBe('AT');
  expect(chosenRegion('FR', regions)).toBeNull();
  expect(chosenRegion(undefined, regions)).toBeNull();
});

test('until a reader chooses, a host gets the region listing it among its domains, else the tenant default', () => {
  const regions = [
    { code: 'DE', domains: [] },
    { code: 'AT', domains: ['gesundheit-at.example'] },
  ];
  expect(hostRegion('Gesundheit-AT.example:3000', regions, 'DE')).toBe('AT');
  expect(hostRegion('gesundheit.example', regions, 'DE')).toBe('DE');
  expect(hostRegion('gesundheit.example', [], null)).toBeNull();
});
