// Loading the guide into portal frames on demand, and knowing which frame shows a step.
import { browser } from 'wxt/browser';
import { OTHER_FRAME_SHOWN } from '../guide/frame-notice';
import { isAppRegistrationsRoute, isSetupEntryRoute, parsePortalRoute } from '../playbook/portal-route';
import { read, update } from '../store';
import { tabRoute } from './tab-routes';

export const GUIDE_SCRIPT = '/portal-guide.js';

/** Does a frame on this route need the guide? `host` is the top document's portal host. */
function guideWanted(route: string | undefined, frame: 'top' | 'blade', host: string): boolean {
  const parsed = parsePortalRoute(route ?? '');
  if (isAppRegistrationsRoute(parsed)) return true;
  return frame === 'top' && isSetupEntryRoute(parsed, host);
}

/**
 * The guide is loaded only where it is needed: App registrations routes (the tab's top frame's route, also
 * for blade frames), and in the top frame where the setup starts, so that the rest of the portal pays nothing.
 */
export async function loadGuide(
  tabId: number | undefined,
  frameId: number | undefined,
  frame: 'top' | 'blade',
  host: string,
): Promise<boolean> {
  if (tabId === undefined || frameId === undefined) return false;
  if (!guideWanted(await tabRoute(tabId), frame, host)) return false;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [GUIDE_SCRIPT] });
  return true;
}

/**
 * The top frame's route entered App registrations: every frame of the tab gets the guide, whatever the
 * order in which frames loaded and the route arrived. The guide stays idle in frames that are neither
 * the portal's top document nor a blade frame, and loads once per frame.
 */
export async function loadGuideInAllFrames(tabId: number | undefined, previousRoute?: string): Promise<void> {
  if (tabId === undefined) return;
  const entered =
    isAppRegistrationsRoute(parsePortalRoute((await tabRoute(tabId)) ?? '')) &&
    !isAppRegistrationsRoute(parsePortalRoute(previousRoute ?? ''));
  // Moves within App registrations: every frame there already has it, or asks for it as it loads.
  if (!entered) return;
  await browser.scripting
    .executeScript({ target: { tabId, allFrames: true }, files: [GUIDE_SCRIPT] })
    .catch(() => undefined);
}

const key = (tabId: number, frameId: number) => `${tabId}:${frameId}`;

export async function recordShown(
  tabId: number | undefined,
  frameId: number | undefined,
  stepId: string | null,
  now: number,
) {
  if (tabId === undefined || frameId === undefined) return;
  await update('guideFrames', (frames = {}) => {
    const next = { ...frames };
    if (stepId) next[key(tabId, frameId)] = { stepId, at: now };
    else delete next[key(tabId, frameId)];
    return next;
  });
}

/** A blade frame shows a step: the top frame's words about the same step go (it may have no guide: fine). */
export async function tellTopFrame(tabId: number | undefined, frameId: number | undefined, stepId: string | null) {
  if (tabId === undefined || !frameId || !stepId) return;
  await browser.tabs.sendMessage(tabId, { type: OTHER_FRAME_SHOWN }, { frameId: 0 }).catch(() => undefined);
}

/** Does another frame of this tab show a step right now? */
export async function otherFrameShowing(tabId: number | undefined, frameId: number | undefined): Promise<boolean> {
  if (tabId === undefined) return false;
  const frames = (await read('guideFrames')) ?? {};
  return Object.keys(frames).some((k) => k.startsWith(`${tabId}:`) && k !== key(tabId, frameId ?? -1));
}

/** The top frame moved to another route: what other frames showed belongs to the old one. */
export async function forgetTabFrames(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await update('guideFrames', (frames = {}) =>
    Object.fromEntries(Object.entries(frames).filter(([k]) => !k.startsWith(`${tabId}:`) || k === key(tabId, 0))),
  );
}
