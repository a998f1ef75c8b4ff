// The small script on every portal page and blade frame: it reports the route (on load, on a new route and
// when the tab comes back to the front) and asks the background for the guide only where the setup happens.
// Outside App registrations it observes nothing.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isBladeFrameUrl, isPortalUrl } from './origins';
import { send } from './send';

export function startPortalFrame(ctx: ContentScriptContext): void {
  const url = location.href;
  const frame = isPortalUrl(url) && window.top === window ? 'top' : isBladeFrameUrl(url) ? 'blade' : undefined;
  if (!frame) return;
  const report = async () => {
    await send({ type: 'portal.seen', frame, route: frame === 'top' ? location.hash.slice(0, 2000) : '' });
    await send({ type: 'guide.load' });
  };
  void report();
  if (frame !== 'top') return;
  ctx.addEventListener(window, 'hashchange', () => void report());
  // Back to this tab: its route is again the one the admin works on (the popup shows the tab in front).
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void report();
  });
  ctx.addEventListener(window, 'focus', () => void report());
}
