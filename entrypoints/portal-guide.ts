import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runPortalGuide } from '../lib/guide/portal-guide-main';

// Injected by the background into portal frames where the setup happens (lib/background/guide-frames.ts).
export default defineUnlistedScript(() => {
  void runPortalGuide().catch(() => {
    // Never let the guide's trouble reach the page.
  });
});
