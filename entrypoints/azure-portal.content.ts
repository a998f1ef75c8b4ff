import { defineContentScript } from 'wxt/utils/define-content-script';
import { BLADE_FRAME_MATCHES, PORTAL_MATCHES } from '../lib/origins';
import { startPortalFrame } from '../lib/portal-frame';

export default defineContentScript({
  matches: [...PORTAL_MATCHES, ...BLADE_FRAME_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => startPortalFrame(ctx),
});
