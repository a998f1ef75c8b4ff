// Every string the replica shows goes through t(): the English source (the old wording) is the key; German and
// the new English wording are tables; the pseudo-locale is made from the English by accenting and bracketing.
// Values ({tenant}, {name}, GUIDs, permission names) are filled in after translation and never change.
import { STRINGS_DE } from './strings-de.js';
import { NEW_ENGLISH } from './strings-new.js';
import { LANG, LOCALE, WORDING } from './variant.js';

const ACCENTED = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** "New registration" → "[Ñéŵ ŕéĝîšţŕåţîöñ]"; {placeholders} are left for the values. */
function pseudo(text) {
  const accented = text
    .split(/(\{[a-z]+\})/)
    .map((part) => (part.startsWith('{') ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c])))
    .join('');
  return `[${accented}]`;
}

function translate(english) {
  const current = WORDING === 'new' ? (NEW_ENGLISH[english] ?? english) : english;
  if (LANG === 'de') return STRINGS_DE[english] ?? STRINGS_DE[current] ?? current;
  if (LANG === 'qps-ploc') return pseudo(current);
  return current;
}

/** t('Granted for {tenant}', { tenant }) in the page's language and wording. */
export function t(english, values = {}) {
  return translate(english).replace(/\{([a-z]+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

/** A date as the portal writes it in the page's language. */
export function shortDate(iso) {
  return new Date(iso).toLocaleDateString(LOCALE);
}

export const HTML_LANG = LANG === 'qps-ploc' ? 'qps-ploc' : LANG;

/** Texts that come from the server's data (permission descriptions): accented in the pseudo-locale only. */
export function pseudoIfNeeded(text) {
  return LANG === 'qps-ploc' ? pseudo(text) : text;
}
