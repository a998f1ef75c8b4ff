// The extension's words: messages from _locales through browser.i18n (the browser picks the catalog that
// matches its UI language, English when there is none), with {name} placeholders, and plurals chosen by
// Intl.PluralRules in the catalog's own locale. Numbers, dates and relative times use that locale too, so a
// sentence never mixes two languages.
import { browser } from 'wxt/browser';
import type catalog from '../../public/_locales/en/messages.json';
import { interpolate, interpolateParts } from './interpolate';

export type MessageKey = keyof typeof catalog;
/** A message with plural forms is stored as <base>_one, <base>_other… (CLDR categories). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;
type Value = string | number;

/** A form a catalog lacks (e.g. `_few` in English) reads as '', as any unknown name does in browser.i18n. */
function message(key: MessageKey | `${PluralKey}_${Intl.LDMLPluralRule}`): string {
  return browser.i18n.getMessage(key as MessageKey);
}

/** The BCP 47 tag of the catalog the browser chose (its `locale` message), for Intl and `<html lang>`. */
export function locale(): string {
  return message('locale') || 'en';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers among the values are written the locale's way (1,000 / 1.000 / 1 000). */
function localized<T>(values: Record<string, T | Value>): Record<string, T | string> {
  const entries = Object.entries(values);
  if (!entries.some(([, v]) => typeof v === 'number')) return values as Record<string, T | string>;
  const tag = locale();
  const numbers = numberFormats.get(tag) ?? new Intl.NumberFormat(tag);
  numberFormats.set(tag, numbers);
  return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === 'number' ? numbers.format(v) : v]));
}

export function t(key: MessageKey, values: Record<string, Value> = {}): string {
  return interpolate(message(key), localized<string>(values));
}

/** A message whose placeholders hold elements (a link, <strong>): the parts go as children into JSX. */
export function tParts<T>(key: MessageKey, values: Record<string, T | Value>): Array<T | string> {
  return interpolateParts<T>(message(key), localized(values));
}

/** The plural form for `count` ({count} in the message), falling back to the `other` form. */
export function plural(key: PluralKey, count: number, values: Record<string, Value> = {}): string {
  const category = new Intl.PluralRules(locale()).select(count);
  const chosen = message(`${key}_${category}`) || message(`${key}_other`);
  return interpolate(chosen, localized<string>({ ...values, count }));
}
