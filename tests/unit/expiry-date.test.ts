import { describe, expect, it } from 'vitest';
import { parseExpiry } from '../../lib/capture/expiry-date';

describe('parseExpiry', () => {
  it('reads US and ISO dates', () => {
    expect(parseExpiry('11/26/2028')).toBe('2028-11-26T00:00:00.000Z');
    expect(parseExpiry(' 2028-11-26 ')).toBe('2028-11-26T00:00:00.000Z');
  });
  it.each(['13/01/2028', '2/30/2028', 'tomorrow', ''])('refuses %j', (text) =>
    expect(parseExpiry(text)).toBeUndefined(),
  );
});
