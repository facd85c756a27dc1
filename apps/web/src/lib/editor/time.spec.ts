import { utcFromLocalField } from './time';

describe('the time field of scheduled publishing', () => {
  test('a date-time field value is read as UTC', () => {
    expect(utcFromLocalField('2031-12-03T14:30')?.toISOString()).toBe('2031-12-03T14:30:00.000Z');
    expect(utcFromLocalField('2031-12-03T14:30:15')?.toISOString()).toBe('2031-12-03T14:30:15.000Z');
  });

  test('anything else is not a time', () => {
    expect(utcFromLocalField('')).toBeNull();
    expect(utcFromLocalField('3.12.2031 14:30')).toBeNull();
    expect(utcFromLocalField('2031-13-40T25:61')).toBeNull();
  });
});
