// Vietnamese by default, English on request; the choice is kept in this browser.
import { formatNumber, formatVnd, type Locale } from './format';
import { en, vi } from './messages';

const STORAGE_KEY = 'antq.locale';

let current: Locale | undefined;

export function locale(): Locale {
  current ??= (globalThis.localStorage?.getItem(STORAGE_KEY) as Locale | null) ?? 'vi';
  return current;
}

export function setLocale(next: Locale): void {
  current = next;
  globalThis.localStorage?.setItem(STORAGE_KEY, next);
  if (globalThis.document) {
    document.documentElement.lang = next;
  }
}

/** The message for a key, with {name} placeholders filled; the key itself when no language has it. */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const text = (locale() === 'vi' ? vi : en)[key] ?? vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** An enum value's label, e.g. t('sector.FISHERMEN'); the raw value when unknown. */
export function label(group: string, value: string | undefined): string {
  if (!value) {
    return '';
  }
  const key = `${group}.${value}`;
  const text = t(key);
  return text === key ? value : text;
}

export const num = (value: number | string | null | undefined) => formatNumber(value, locale());
export const vnd = (value: number | string | null | undefined) => formatVnd(value, locale());
