import { describe, expect, it } from 'vitest';
import { formatCents, toCents } from '../../model/money.js';
import { formatGeneral, formatNumber, formatSections } from './number-format.js';

const shown = (v: number, f?: string, date1904 = false) => formatNumber(v, f, { date1904 }).text;

describe('formatNumber: numbers as the spreadsheet shows them', () => {
  it('writes amounts with their format’s decimals and separators, exactly', () => {
    expect(shown(371514655, '#,##0.00')).toBe('371,514,655.00');
    expect(shown(96282213.44, '#,##0.00')).toBe('96,282,213.44');
    expect(shown(87267272.44, '0.00')).toBe('87267272.44');
    expect(shown(0, '0.00')).toBe('0.00');
    expect(shown(1234.5, '#,##0.00_ ')).toBe('1,234.50');
    expect(shown(1234.5, '[$¥-804]#,##0.00')).toBe('¥1,234.50');
  });

  it('agrees with the money module on every two-decimal amount it tries', () => {
    for (const v of [0.01, 0.1, 0.29, 1.15, 10.81, 217.83, 14303.93, 2433600, 90071992547.4])
      expect(shown(v, '#,##0.00')).toBe(formatCents(toCents(v)));
  });

  it('rounds a value with more decimals than shown on its decimal digits, half away from zero', () => {
    expect(shown(1.005, '0.00')).toBe('1.01'); // toFixed(2) gives 1.00
    expect(shown(1234.5678, '#,##0.00')).toBe('1,234.57');
    expect(shown(99.995, '0.00')).toBe('100.00');
    expect(shown(2.675, '0.00')).toBe('2.68');
    expect(shown(1234.5, '#,##0')).toBe('1,235');
    expect(shown(-0.001, '0.00')).toBe('-0.00');
  });

  it('shows General as stored, up to 15 significant digits (no invented or dropped cents)', () => {
    expect(shown(0.1 + 0.2)).toBe('0.3');
    expect(shown(43269.3, 'General')).toBe('43269.3');
    expect(shown(0.123456)).toBe('0.123456');
    expect(shown(205)).toBe('205');
    expect(formatGeneral(1e-12)).toBe('1E-12');
  });

  it('uses the negative and zero sections, percent and thousands scaling', () => {
    expect(shown(-1234.5, '#,##0.00;[Red]-#,##0.00')).toBe('-1,234.50');
    expect(shown(-1234.5, '#,##0.00_);(#,##0.00)')).toBe('(1,234.50)');
    expect(shown(-5, '0.00')).toBe('-5.00');
    const accounting = '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ';
    expect(shown(0, accounting)).toBe('-');
    expect(shown(1234.5, accounting)).toBe('1,234.50');
    expect(shown(0.1762, '0.00%')).toBe('17.62%');
    expect(shown(1234567, '#,##0,')).toBe('1,235');
    expect(shown(12.5, '0.0"万元"')).toBe('12.5万元');
    expect(shown(5, ';;;')).toBe('');
  });

  it('shows dates and times', () => {
    expect(shown(45000, 'yyyy"年"m"月"d"日"')).toBe('2023年3月15日');
    expect(shown(45000, 'yyyy/m/d')).toBe('2023/3/15');
    expect(shown(45000.5, 'yyyy-mm-dd hh:mm:ss')).toBe('2023-03-15 12:00:00');
    expect(shown(45000.75, 'h:mm AM/PM')).toBe('6:00 PM');
    expect(shown(45000, 'aaaa')).toBe('星期三');
    expect(shown(60, 'yyyy-mm-dd')).toBe('1900-02-29');
    expect(shown(0, 'yyyy-mm-dd', true)).toBe('1904-01-01');
  });

  it('falls back to General, and says so, for formats it does not render', () => {
    expect(formatNumber(0.25, '# ?/?')).toEqual({ text: '0.25', fallback: true });
    expect(formatNumber(12, '[DBNum1]0')).toEqual({ text: '12', fallback: true });
    expect(formatNumber(150, '[>100]0.0;0')).toEqual({ text: '150', fallback: true });
  });

  it('splits sections at unquoted semicolons only', () => {
    expect(formatSections('0.00;"a;b"0;\\;')).toEqual(['0.00', '"a;b"0', '\\;']);
  });
});
