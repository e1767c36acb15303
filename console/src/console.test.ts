import { afterEach, describe, expect, it } from 'vitest';
import { ApiProblem } from './api';
import { audienceOf, matchPath } from './app';
import { label, num, setLocale, t, vnd } from './i18n';
import { en, vi } from './messages';

describe('messages', () => {
  afterEach(() => setLocale('vi'));

  it('has every key in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('is Vietnamese by default and switches to English', () => {
    expect(t('nav.models')).toBe('Mô hình');
    expect(t('dashboard.campaigns', { year: 2023 })).toBe('Kết quả phong trào năm 2023');
    expect(num(1406)).toBe('1.406');
    expect(vnd('23770000000')).toBe('23,77 tỷ đồng');
    setLocale('en');
    expect(t('nav.models')).toBe('Models');
    expect(num(1406)).toBe('1,406');
    expect(vnd('23770000000')).toBe('23.77 billion VND');
  });

  it('labels enum values and falls back to the raw value', () => {
    expect(label('sector', 'FISHERMEN')).toBe('Ngư dân');
    expect(label('sector', 'NEW_SECTOR')).toBe('NEW_SECTOR');
    expect(label('sector', undefined)).toBe('');
  });
});

describe('routes', () => {
  it('matches paths with parameters', () => {
    expect(matchPath('/models/:model', '/models/abc')).toEqual({ model: 'abc' });
    expect(matchPath('/models/:model/points/:point', '/models/a/points/p%201')).toEqual({ model: 'a', point: 'p 1' });
    expect(matchPath('/models', '/models/abc')).toBeUndefined();
    expect(matchPath('/', '/')).toEqual({});
  });

  it('tells province screens from the Ministry\'s', () => {
    expect(audienceOf({ subject: 'a', displayName: 'A', province: 'ca-mau', roles: ['PROVINCE_OFFICER'] })).toBe('province');
    expect(audienceOf({ subject: 'b', displayName: 'B', roles: ['MINISTRY_ANALYST'] })).toBe('ministry');
    expect(audienceOf({ subject: 'c', displayName: 'C', roles: ['PLATFORM_OPS'] })).toBeUndefined();
  });
});

describe('problems', () => {
  const problem = new ApiProblem(400, 'Invalid argument', '', [
    { field: 'model.displayName', message: 'is required' },
    { field: 'requestId', message: 'too long' },
  ]);

  it('finds a field\'s error by its path under the request body', () => {
    expect(problem.fieldError('displayName')).toBe('is required');
    expect(problem.fieldError('code')).toBeUndefined();
  });

  it('lists the errors no form field shows', () => {
    expect(problem.otherErrors(['displayName', 'code']).map((e) => e.field)).toEqual(['requestId']);
  });
});
