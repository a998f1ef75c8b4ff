// What runs in each portal frame: decide whether this frame is the portal's (top document or a blade
// iframe the portal embeds), report its route, and follow route changes.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isBladeFrameUrl, isPortalUrl } from './origins';
import { send } from './send';

export function startPortalFrame(ctx: ContentScriptContext): void {
  const url = location.href;
  const frame = isPortalUrl(url) && window.top === window ? 'top' : isBladeFrameUrl(url) ? 'blade' : undefined;
  if (!frame) return;
  const report = () => void send({ type: 'portal.seen', frame, route: location.hash.slice(0, 2000) });
  report();
  ctx.addEventListener(window, 'hashchange', report);
}
