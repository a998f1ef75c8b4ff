// The small script on every portal page and blade frame: it reports the route and asks the background
// for the guide only where the setup happens. Outside App registrations it observes nothing.
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
  if (frame === 'top') ctx.addEventListener(window, 'hashchange', () => void report());
}
