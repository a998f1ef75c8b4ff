// The sending side of the protocol, for pages and content scripts.
import { browser } from 'wxt/browser';
import { t } from './i18n/t';
import type { Reply, Request } from './messages';

export async function send(request: Request): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply | undefined;
    return reply ?? { ok: false, error: t('extension_silent') };
  } catch {
    return { ok: false, error: t('extension_unreachable') };
  }
}
