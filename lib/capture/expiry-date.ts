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

/** Three numbers and separators only (年月日 count as separators): no letters, so never a value's digits. */
const NUMERIC_DATE = /^[^\p{L}\d]*\d+[^\p{L}\d]+\d+[^\p{L}\d]+\d+[^\p{L}\d]*$/u;

/**
 * The date in `text` read in the locales' orders (the portal's first, then the browser's), or undefined. A
 * four-digit first number is always year-first (ISO, ja-JP). When several orders fit and give different
 * dates ("05/06/2028"), the one closest to `expected` (the expiry the chosen preset gives) wins, else the
 * first locale's.
 */
export function parseExpiry(text: string, locales: string[], expected?: number): string | undefined {
  if (!NUMERIC_DATE.test(text.replace(/[年月日]/g, '/'))) return undefined;
  const numbers = text.match(/\d+/g) ?? [];
  const [a = 0, b = 0, c = 0] = numbers.map(Number);
  if (numbers[0]?.length === 4) return isoDate(a, b, c);
  // After the locales' orders, both orders of a year-last date: the portal's language may not be the browser's.
  const orders: Part[][] = [...locales.map(dateOrder), ['month', 'day', 'year'], ['day', 'month', 'year']];
  const readings = orders.flatMap((order) => {
    const value = (part: Part) => [a, b, c][order.indexOf(part)] ?? 0;
    const year = value('year') < 100 ? 2000 + value('year') : value('year');
    return isoDate(year, value('month'), value('day')) ?? [];
  });
  if (expected === undefined) return readings[0];
  const distance = (iso: string) => Math.abs(Date.parse(iso) - expected);
  return readings.reduce<string | undefined>(
    (best, r) => (!best || distance(r) < distance(best) ? r : best),
    undefined,
  );
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
