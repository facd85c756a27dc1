import { checkTheme, contrastRatio, parseHexColor, relativeLuminance, assertThemeContrast, type ThemeColors } from './index';

describe('WCAG relative luminance and contrast ratio', () => {
  test('black and white are the extremes: luminance 0 and 1, contrast 21:1', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
  });

  test('the ratio does not depend on which colour is the foreground', () => {
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#1d70b8'), 12);
  });

  test('a colour on itself has contrast 1:1', () => {
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  test('known reference values: #767676 on white just passes 4.5:1 and #777777 just fails', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  test('sRGB channels below the linear threshold are divided by 12.92', () => {
    // #0a0a0a: 10/255 = 0.0392 <= 0.04045, so each channel is 0.0392 / 12.92
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 12);
  });

  test('short and long hex forms mean the same colour; other notations are refused with the value named', () => {
    expect(parseHexColor('#fd0')).toEqual(parseHexColor('#ffdd00'));
    expect(() => parseHexColor('red')).toThrow('"red" is not a colour in #rrggbb or #rgb form.');
    expect(() => parseHexColor('#12345')).toThrow(/#12345/);
  });
});

const good: ThemeColors = {
  background: '#ffffff',
  surface: '#f3f2f1',
  text: '#0b0c0c',
  mutedText: '#484f53',
  link: '#1a5fa3',
  accent: '#1d4f91',
  accentText: '#ffffff',
  focus: '#ffdd00',
  focusText: '#0b0c0c',
  focusRing: '#0b0c0c',
  border: '#5c666b',
};

describe('theme check', () => {
  test('a theme whose every drawn pair meets AA has no issues', () => {
    expect(checkTheme(good)).toEqual([]);
  });

  test('pale link text on white is reported with its ratio and the minimum', () => {
    const issues = checkTheme({ ...good, link: '#8ab4e0' });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.field).toBe('link');
    expect(issues[0]!.message).toMatch(
      /"link" \(#8ab4e0\) on "background" \(#ffffff\) has a contrast of \d\.\d\d:1; it needs at least 4\.5:1/,
    );
  });

  test('form borders and focus rings need 3:1, not 4.5:1', () => {
    // #949494 on white is about 3.03:1: enough for a border, not for text.
    expect(checkTheme({ ...good, border: '#949494', surface: '#ffffff' }).filter((i) => i.field === 'border')).toEqual([]);
    expect(checkTheme({ ...good, border: '#bbbbbb' }).map((i) => i.field)).toContain('border');
  });

  test('AAA asks 7:1 for text, so a theme can pass AA and fail AAA', () => {
    const theme = { ...good, mutedText: '#5f6a70' };
    expect(checkTheme(theme, 'AA')).toEqual([]);
    expect(checkTheme(theme, 'AAA').map((i) => i.field)).toContain('mutedText');
  });

  test('missing or malformed colours are reported before any contrast is computed', () => {
    const { accent: _accent, ...rest } = good;
    expect(checkTheme({ ...rest, link: 'blue' })).toEqual([
      { field: 'link', message: 'The colour "link" must be written as #rrggbb, got "blue".' },
      { field: 'accent', message: 'The colour "accent" is missing.' },
    ]);
  });

  test('assertThemeContrast names the theme and lists every problem', () => {
    expect(() => assertThemeContrast('pale', { ...good, text: '#cccccc', accentText: '#2a5a9a' })).toThrow(
      /Theme "pale" does not meet WCAG AA contrast:\n- "text".*\n- "text".*\n- "accentText"/,
    );
  });
});
