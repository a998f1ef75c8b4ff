import { describe, expect, it } from 'vitest';
import { acceptMessage, classifySender } from '../../lib/messages';
import { guid } from '../support/generated';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const page = { id: ID, url: `${ORIGIN}/popup.html`, origin: ORIGIN };
const portal = { id: ID, url: 'https://portal.azure.com/#home', origin: 'https://portal.azure.com', tab: { id: 1 } };
const blade = {
  id: ID,
  url: `https://sandbox-3.reactblade.portal.azure.net/React/Index?trustedAuthority=${encodeURIComponent('https://portal.azure.com')}`,
  origin: 'https://sandbox-3.reactblade.portal.azure.net',
  tab: { id: 1 },
};

describe('sender classification', () => {
  it('recognises the extension pages, portal frames and everything else', () => {
    expect(classifySender(page, ID, ORIGIN)).toBe('extension-page');
    expect(classifySender(portal, ID, ORIGIN)).toBe('portal-frame');
    expect(classifySender(blade, ID, ORIGIN)).toBe('portal-frame');
    expect(classifySender({ ...page, id: 'other-extension' }, ID, ORIGIN)).toBe('other');
    expect(classifySender({ ...portal, url: 'https://attacker.test/' }, ID, ORIGIN)).toBe('other');
    expect(classifySender({ ...portal, origin: 'https://attacker.test' }, ID, ORIGIN)).toBe('other');
    expect(classifySender({ ...page, origin: 'https://attacker.test' }, ID, ORIGIN)).toBe('other');
  });
});

describe('message acceptance', () => {
  it('accepts a capture from a portal frame and refuses it from an extension page', () => {
    const capture = { type: 'capture', field: 'clientId', value: guid() };
    expect(acceptMessage(capture, blade, ID, ORIGIN)).toMatchObject({ ok: true });
    expect(acceptMessage(capture, page, ID, ORIGIN)).toMatchObject({ ok: false });
  });

  it('takes "consent pressed" from a portal frame only, with nothing else in it', () => {
    const pressed = { type: 'portal.consentPressed' };
    const console = {
      id: ID,
      url: 'https://acme.idemeum.com/adminportal',
      origin: 'https://acme.idemeum.com',
      tab: { id: 2 },
      frameId: 0,
    };
    expect(acceptMessage(pressed, portal, ID, ORIGIN)).toMatchObject({ ok: true });
    expect(acceptMessage(pressed, blade, ID, ORIGIN)).toMatchObject({ ok: true });
    expect(acceptMessage(pressed, console, ID, ORIGIN)).toMatchObject({ ok: false });
    expect(acceptMessage(pressed, page, ID, ORIGIN)).toMatchObject({ ok: false });
    expect(acceptMessage({ ...pressed, at: 1 }, portal, ID, ORIGIN)).toEqual({
      ok: false,
      error: 'Malformed message: ignored.',
    });
  });

  it('refuses credential changes from the portal', () => {
    expect(acceptMessage({ type: 'credentials.forget' }, portal, ID, ORIGIN)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not accepted from this sender/),
    });
  });

  it.each([
    null,
    'state.get',
    { type: 'nope' },
    { type: 'capture', field: 'password', value: 'x' },
    { type: 'capture', field: 'clientId', value: 'x'.repeat(201) },
    { type: 'state.get', extra: true },
  ])('refuses malformed %j', (raw) => {
    expect(acceptMessage(raw, page, ID, ORIGIN)).toEqual({ ok: false, error: 'Malformed message: ignored.' });
  });
});
