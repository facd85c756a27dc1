import { describeDevice, DeviceKind } from './device';

const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

test('a desktop browser is named with its major version and its system', () => {
  expect(describeDevice(CHROME_WINDOWS)).toEqual({
    browser: 'Chrome 131',
    os: 'Windows 10',
    kind: DeviceKind.DESKTOP,
    description: 'Chrome 131 on Windows 10',
  });
  expect(describeDevice(FIREFOX_LINUX).description).toBe('Firefox 133 on Linux');
});

test('a phone is a mobile device', () => {
  expect(describeDevice(SAFARI_IPHONE)).toMatchObject({ browser: 'Safari 17', os: 'iOS 17', kind: DeviceKind.MOBILE });
});

test('a missing or unreadable User-Agent is an unknown device', () => {
  expect(describeDevice(null)).toEqual({ browser: null, os: null, kind: DeviceKind.UNKNOWN, description: 'Unknown device' });
  expect(describeDevice('  ').kind).toBe(DeviceKind.UNKNOWN);
  expect(describeDevice('Laptop browser').description).toBe('Unknown device');
});
