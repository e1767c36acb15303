import { describe, expect, it } from 'vitest';
import { digitsOnly, fold, formatDate, formatNumber, formatVnd, parseDate } from './format';

describe('formatNumber', () => {
  it('groups thousands with dots in Vietnamese, commas in English', () => {
    expect(formatNumber(1406)).toBe('1.406');
    expect(formatNumber(131274)).toBe('131.274');
    expect(formatNumber('21986')).toBe('21.986');
    expect(formatNumber(1406, 'en')).toBe('1,406');
  });
  it('shows a missing figure as a dash, never 0', () => {
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber('x')).toBe('—');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('formatVnd', () => {
  it('writes billions and millions of đồng as reports do', () => {
    expect(formatVnd('22000000000')).toBe('22 tỷ đồng');
    expect(formatVnd(23770000000)).toBe('23,77 tỷ đồng');
    expect(formatVnd('85000000')).toBe('85 triệu đồng');
    expect(formatVnd(1500000)).toBe('1,5 triệu đồng');
    expect(formatVnd(250000)).toBe('250.000 đồng');
  });
  it('in English', () => {
    expect(formatVnd(23770000000, 'en')).toBe('23.77 billion VND');
    expect(formatVnd(250000, 'en')).toBe('250,000 VND');
  });
  it('leaves missing money missing', () => {
    expect(formatVnd(undefined)).toBe('—');
  });
});

describe('dates', () => {
  it('formats API dates and timestamps as dd/MM/yyyy', () => {
    expect(formatDate({ year: 2023, month: 7, day: 1 })).toBe('01/07/2023');
    expect(formatDate('2023-11-29T03:00:00Z')).toMatch(/^(29|28)\/11\/2023$/);
    expect(formatDate(undefined)).toBe('');
  });
  it('parses dd/MM/yyyy and refuses impossible days', () => {
    expect(parseDate('01/07/2023')).toEqual({ year: 2023, month: 7, day: 1 });
    expect(parseDate('1-7-2023')).toEqual({ year: 2023, month: 7, day: 1 });
    expect(parseDate('31/02/2023')).toBeUndefined();
    expect(parseDate('2023-07-01')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
  });
});

describe('fold', () => {
  it('ignores diacritics and case, including đ', () => {
    expect(fold('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(fold('Tổ ngư dân')).toBe(fold('TO NGU DAN'));
  });
});

describe('digitsOnly', () => {
  it('accepts grouped amounts', () => {
    expect(digitsOnly('85.000.000')).toBe('85000000');
    expect(digitsOnly('85 000 000')).toBe('85000000');
    expect(digitsOnly('12,5')).toBe('12,5');
  });
});
