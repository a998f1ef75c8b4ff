// Answers every message: parse, check the sender, act, reply. Bad input changes nothing.
import { browser } from 'wxt/browser';
import { acceptMessage, type Reply, type Request, type SenderInfo } from '../messages';
import { update } from '../store';
import { checkNow } from './check-runner';
import { acceptValue, forgetCredentials } from './credential-updates';
import { readPublicState } from './public-state';

async function act(request: Request): Promise<Reply> {
  const now = Date.now();
  switch (request.type) {
    case 'portal.seen':
      await update('portal', (p) => ({ ...p, route: request.route, frame: request.frame, seenAt: now }));
      return { ok: true };
    case 'capture':
    case 'credentials.set': {
      const expiresAt = request.type === 'capture' ? request.expiresAt : undefined;
      const accepted = await acceptValue(request.field, request.value, now, expiresAt);
      if (!accepted.ok) return { ok: false, error: accepted.error };
      if (accepted.changed) void checkNow();
      return { ok: true, data: { warning: accepted.warning } };
    }
    case 'credentials.forget':
      await forgetCredentials();
      return { ok: true };
    case 'check.run':
      await checkNow();
      return { ok: true, data: await readPublicState() };
    case 'state.get':
      return { ok: true, data: await readPublicState() };
  }
}

export async function handleMessage(raw: unknown, sender: SenderInfo): Promise<Reply> {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const accepted = acceptMessage(raw, sender, browser.runtime.id, extensionOrigin);
  if (!accepted.ok) return { ok: false, error: accepted.error };
  try {
    return await act(accepted.request);
  } catch {
    // Never echo internals: they could carry a value the sender should not see.
    return { ok: false, error: 'Something went wrong in the extension; nothing was changed.' };
  }
}
