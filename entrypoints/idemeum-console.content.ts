import { defineContentScript } from 'wxt/utils/define-content-script';
import { startIdemeumFrame } from '../lib/idemeum-frame';
import { IDEMEUM_MATCHES } from '../lib/origins';

export default defineContentScript({
  matches: IDEMEUM_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => void startIdemeumFrame(ctx).catch(() => undefined),
});
