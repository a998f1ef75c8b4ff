// A secret's expiry as the portal shows it, in the portal's date format: "11/26/2028" (en-US),
// "26.11.2028" (de-DE), "2028/11/26" (ja-JP)… The order of day, month and year comes from Intl for the
// portal's locale, so no format is hard-coded. idemeum and the reminders want an ISO date.

type Part = 'day' | 'month' | 'year';

const SAMPLE = new Date(Date.UTC(2033, 10, 22));

/** The order in which the locale writes day, month and year in a short numeric date. */
function dateOrder(locale: string): Part[] {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).formatToParts(SAMPLE);
    const order = parts.map((p) => p.type).filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
    return order.length === 3 ? order : ['month', 'day', 'year'];
  } catch {
    return ['month', 'day', 'year'];
  }
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date.toISOString()
    : undefined;
}

/**
 * The date in `text` read in the first locale whose order fits it (the portal's first, then the
 * browser's), or undefined. A four-digit first number is always year-first (ISO, ja-JP).
 */
/** Three numbers and separators only (年月日 count as separators): no letters, so never a value's digits. */
const NUMERIC_DATE = /^[^\p{L}\d]*\d+[^\p{L}\d]+\d+[^\p{L}\d]+\d+[^\p{L}\d]*$/u;

export function parseExpiry(text: string, locales: string[]): string | undefined {
  if (!NUMERIC_DATE.test(text.replace(/[年月日]/g, '/'))) return undefined;
  const numbers = text.match(/\d+/g) ?? [];
  const [a = 0, b = 0, c = 0] = numbers.map(Number);
  if (numbers[0]?.length === 4) return isoDate(a, b, c);
  for (const locale of [...locales, 'en-US']) {
    const order = dateOrder(locale);
    const value = (part: Part) => [a, b, c][order.indexOf(part)] ?? 0;
    const year = value('year') < 100 ? 2000 + value('year') : value('year');
    const found = isoDate(year, value('month'), value('day'));
    if (found) return found;
  }
  return undefined;
}

const PRESET_DAYS = [90, 180, 365, 545, 730];
const MONTHS_TO_DAYS: Record<number, number> = { 3: 90, 6: 180, 12: 365, 18: 545, 24: 730 };

/** The lifetime an expiry preset names, in any language: "730 days (24 months)", "180 Tage (6 Monate)". */
export function presetDays(text: string): number | undefined {
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  return numbers.find((n) => PRESET_DAYS.includes(n)) ?? numbers.map((n) => MONTHS_TO_DAYS[n]).find((d) => d);
}

export function expiryFromPreset(days: number, now: number): string {
  const date = new Date(now + days * 86_400_000);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())).toISOString();
}
