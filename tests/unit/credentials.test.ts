import { describe, expect, it } from 'vitest';
import { checkField } from '../../lib/credentials';
import { isGuid, maskSecret } from '../../lib/value-shapes';
import { currentSecret, guid, olderSecret } from '../support/generated';

describe('tenant and client IDs', () => {
  it('accepts a GUID, trimmed and lower-cased, also in braces', () => {
    const id = guid().toUpperCase();
    expect(checkField('tenantId', `  ${id} `)).toEqual({ ok: true, value: id.toLowerCase() });
    expect(checkField('clientId', `{${id}}`)).toEqual({ ok: true, value: id.toLowerCase() });
  });

  it('refuses a domain as tenant ID with a message naming the Directory (tenant) ID', () => {
    const result = checkField('tenantId', 'contoso.onmicrosoft.com');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/domain name.*Directory \(tenant\) ID/);
  });

  it.each(['', '   ', 'not-a-guid', '1234', `${guid()}x`])('refuses %j as client ID', (value) => {
    expect(checkField('clientId', value).ok).toBe(false);
  });
});

describe('secret values', () => {
  it('accepts the current format without a warning', () => {
    const value = currentSecret();
    expect(value).toMatch(/^.{3}\dQ~.{34}$/);
    expect(checkField('secret', value)).toEqual({ ok: true, value });
  });

  it('accepts an older shape with a warning', () => {
    const result = checkField('secret', olderSecret());
    expect(result.ok).toBe(true);
    expect(result.ok && result.warning).toMatch(/older format/);
  });

  it('refuses a GUID as "that is the Secret ID"', () => {
    const result = checkField('secret', guid());
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/^That is the Secret ID/);
  });

  it.each(['', 'short', 'has spaces in the middle of it ok', 'x'.repeat(65)])('refuses junk %j', (value) => {
    expect(checkField('secret', value).ok).toBe(false);
  });

  it('masks as the first three characters and dots', () => {
    const value = currentSecret();
    expect(maskSecret(value)).toBe(`${value.slice(0, 3)}••••••••`);
    expect(maskSecret(value)).not.toContain(value.slice(3, 10));
  });

  it('tells GUIDs apart', () => {
    expect(isGuid(guid())).toBe(true);
    expect(isGuid(currentSecret())).toBe(false);
  });
});
