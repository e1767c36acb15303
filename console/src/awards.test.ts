import { afterEach, describe, expect, it } from 'vitest';
import { daysWaiting, ISSUING_LEVELS, NOMINATION_STATES, RECIPIENT_KINDS, recipientKind, recipientOf, stepsFor, yearRange } from './awards';
import { label, setLocale } from './i18n';
import { en, vi } from './messages';

describe('recipients', () => {
  it('turns each kind into the API recipient and back', () => {
    expect(recipientOf('MODEL', { link: ' provinces/bac-lieu/models/m1 ', displayName: '' }))
      .toEqual({ type: 'COLLECTIVE', model: 'provinces/bac-lieu/models/m1', displayName: undefined });
    expect(recipientOf('AGENCY', { link: 'ignored', displayName: 'Công ty Thủy sản Bạc Liêu' }))
      .toEqual({ type: 'COLLECTIVE', displayName: 'Công ty Thủy sản Bạc Liêu' });
    expect(recipientOf('PERSON', { displayName: 'Lê Văn Tám', unit: 'Ấp Cái Cùng' }))
      .toEqual({ type: 'INDIVIDUAL', displayName: 'Lê Văn Tám', unit: 'Ấp Cái Cùng' });
    for (const kind of RECIPIENT_KINDS) {
      expect(recipientKind(recipientOf(kind, { link: 'x/y', displayName: 'Tên', unit: 'Đơn vị' }))).toBe(kind);
    }
    expect(recipientKind(undefined)).toBeUndefined();
  });
});

describe('days waiting', () => {
  const end = { year: 2024, month: 12, day: 31 };

  it('takes the decision\'s days once decided', () => {
    expect(daysWaiting(end, 20, new Date(2025, 5, 1))).toBe(20);
    expect(daysWaiting(end, 0, new Date(2025, 5, 1))).toBe(0);
  });

  it('counts to today while waiting, across a leap day', () => {
    expect(daysWaiting(end, -1, new Date(2025, 0, 30))).toBe(30);
    expect(daysWaiting({ year: 2024, month: 2, day: 28 }, undefined, new Date(2024, 2, 1))).toBe(2);
    expect(daysWaiting({ year: 2030, month: 1, day: 1 }, undefined, new Date(2025, 0, 1))).toBe(0);
    expect(daysWaiting(undefined, undefined)).toBeUndefined();
  });
});

describe('steps by state and role', () => {
  it('offers review and decision to administrators only', () => {
    expect(stepsFor('NOMINATED', 'VERIFIED', true)).toEqual(['review']);
    expect(stepsFor('NOMINATED', 'VERIFIED', false)).toEqual([]);
    expect(stepsFor('APPROVED', 'UNVERIFIED', true)).toEqual(['verify', 'decide']);
    expect(stepsFor('APPROVED', 'NOT_LINKED', false)).toEqual([]);
    expect(stepsFor('DECIDED', 'VERIFIED', false)).toEqual(['issue']);
    expect(stepsFor('ISSUED', 'VERIFIED', true)).toEqual([]);
    expect(stepsFor('REJECTED', 'NOT_FOUND', true)).toEqual([]);
  });

  it('reads a year as the report range', () => {
    expect(yearRange(2023)).toEqual({
      'startDate.year': 2023, 'startDate.month': 1, 'startDate.day': 1, 'endDate.year': 2023, 'endDate.month': 12, 'endDate.day': 31,
    });
  });
});

describe('award labels', () => {
  afterEach(() => setLocale('vi'));

  it('names every state, level and recipient kind in both languages', () => {
    const groups: [string, readonly string[]][] = [['nominationState', NOMINATION_STATES], ['issuingLevel', ISSUING_LEVELS], ['recipientKind', RECIPIENT_KINDS]];
    for (const [group, values] of groups) {
      for (const value of values) {
        expect(vi[`${group}.${value}`], `${group}.${value}`).toBeTruthy();
        expect(en[`${group}.${value}`], `${group}.${value}`).toBeTruthy();
      }
    }
    expect(label('issuingLevel', 'FATHERLAND_FRONT_CENTRAL')).toBe('Ủy ban Trung ương MTTQ Việt Nam');
    setLocale('en');
    expect(label('nominationState', 'DECIDED')).toBe('Decided');
  });
});
