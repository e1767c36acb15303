// Number, money and date formats of the console. Vietnamese by default: "1.406", "22 tỷ đồng", dd/MM/yyyy.

export type Locale = 'vi' | 'en';

/** A calendar date as the API sends it (google.type.Date). */
export interface ApiDate {
  year: number;
  month: number;
  day: number;
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-US'),
};

/** 1406 → "1.406" (vi) or "1,406" (en). Int64 fields arrive as strings; missing figures show as "—". */
export function formatNumber(value: number | string | null | undefined, locale: Locale = 'vi'): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const n = typeof value === 'string' ? Number(value) : value;
  return Number.isFinite(n) ? numberFormats[locale].format(n) : '—';
}

const vndScales: { size: number; vi: string; en: string }[] = [
  { size: 1e9, vi: 'tỷ', en: 'billion' },
  { size: 1e6, vi: 'triệu', en: 'million' },
];

/**
 * Whole đồng in words the way reports write them: 22000000000 → "22 tỷ đồng",
 * 23770000000 → "23,77 tỷ đồng", 85000000 → "85 triệu đồng"; below a million, the figure itself.
 */
export function formatVnd(value: number | string | null | undefined, locale: Locale = 'vi'): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const n = typeof value === 'string' ? Number(value) : value;
  if (!Number.isFinite(n)) {
    return '—';
  }
  const unit = locale === 'vi' ? 'đồng' : 'VND';
  const scale = vndScales.find((s) => Math.abs(n) >= s.size);
  if (!scale) {
    return `${formatNumber(n, locale)} ${unit}`;
  }
  const scaled = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 })
    .format(n / scale.size);
  return `${scaled} ${scale[locale]} ${unit}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** {year: 2023, month: 7, day: 1} or an RFC 3339 timestamp → "01/07/2023" (both languages). */
export function formatDate(value: ApiDate | string | null | undefined): string {
  if (!value) {
    return '';
  }
  if (typeof value === 'string') {
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) {
      return '';
    }
    return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  }
  if (!value.year) {
    return '';
  }
  return `${pad(value.day)}/${pad(value.month)}/${value.year}`;
}

/** "01/07/2023" → {year: 2023, month: 7, day: 1}; undefined for anything that is not a real day. */
export function parseDate(text: string): ApiDate | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) {
    return undefined;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

/** Folds Vietnamese diacritics and case for matching: "Nguyễn Văn Đức" → "nguyen van duc". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** "85.000.000" or "85 000 000" typed in a money field → "85000000"; other text is left for the server to refuse. */
export function digitsOnly(text: string): string {
  const compact = text.replace(/[.\s]/g, '');
  return /^\d+$/.test(compact) ? compact : text.trim();
}
