import { describe, expect, it } from 'vitest';
import { expiryFromPreset, parseExpiry, presetDays } from '../../lib/capture/expiry-date';

describe('parseExpiry', () => {
  it('reads a date in the portal locale’s order, found through Intl', () => {
    expect(parseExpiry('11/26/2028', ['en-US'])).toBe('2028-11-26T00:00:00.000Z');
    expect(parseExpiry('26.11.2028', ['de-DE'])).toBe('2028-11-26T00:00:00.000Z');
    expect(parseExpiry('05/06/2028', ['fr-FR'])).toBe('2028-06-05T00:00:00.000Z');
    expect(parseExpiry('05/06/2028', ['en-US'])).toBe('2028-05-06T00:00:00.000Z');
    expect(parseExpiry('2028/11/26', ['ja-JP'])).toBe('2028-11-26T00:00:00.000Z');
    expect(parseExpiry(' 2028-11-26 ', [])).toBe('2028-11-26T00:00:00.000Z');
    expect(parseExpiry('2028年11月26日', ['ja-JP'])).toBe('2028-11-26T00:00:00.000Z');
  });
  it('falls back to another locale when the first one’s order does not fit', () => {
    expect(parseExpiry('11/26/2028', ['de-DE'])).toBe('2028-11-26T00:00:00.000Z');
  });
  it('reads a day-first date that no month-first order fits, whatever the browser’s locale', () => {
    expect(parseExpiry('13.01.2028', ['en-US'])).toBe('2028-01-13T00:00:00.000Z');
  });
  it('reads a date both orders fit as the one closer to the expiry the chosen preset gives', () => {
    // A German portal in an en-US browser: "05.06.2028" is 5 June; 180 days from 7 Dec 2027 is 4 June 2028.
    const expected = Date.parse(expiryFromPreset(180, Date.UTC(2027, 11, 7)));
    expect(parseExpiry('05.06.2028', ['en-US'], expected)).toBe('2028-06-05T00:00:00.000Z');
    // The same text with an expiry in May expected reads month-first.
    expect(parseExpiry('05.06.2028', ['de-DE'], Date.UTC(2028, 4, 1))).toBe('2028-05-06T00:00:00.000Z');
  });
  it.each(['13/13/2028', '2/30/2028', 'tomorrow', '', 'idemeum', 'ab1Q~x5y12z3', '1.5.12.4'])('refuses %j', (text) =>
    expect(parseExpiry(text, ['en-US'])).toBeUndefined(),
  );
});

describe('presetDays', () => {
  it.each([
    ['730 days (24 months)', 730],
    ['Recommended: 180 days (6 months)', 180],
    ['[730 ðåýš (24 ɱöñţĥš)]', 730],
    ['365 Tage (12 Monate)', 365],
    ['24 months', 730],
    ['推奨: 180 日 (6か月)', 180],
  ])('reads %j as %i days', (text, days) => expect(presetDays(text)).toBe(days));
  it('knows no lifetime in a custom choice', () => expect(presetDays('Custom')).toBeUndefined());
  it('turns a preset into a date', () =>
    expect(expiryFromPreset(730, Date.UTC(2026, 11, 3, 10))).toBe('2028-12-02T00:00:00.000Z'));
});
