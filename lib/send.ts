// The sending side of the protocol, for pages and content scripts.
import { browser } from 'wxt/browser';
import type { Reply, Request } from './messages';

export async function send(request: Request): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply | undefined;
    return reply ?? { ok: false, error: 'The extension did not answer.' };
  } catch {
    return { ok: false, error: 'The extension is not reachable (it may have been updated: reload the page).' };
  }
}
