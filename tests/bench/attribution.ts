// Main-thread time of the extension's own scripts on a churning page, from CDP Profiler samples: a sample counts
// for the extension when any frame of its stack runs a chrome-extension:// script (its content scripts and the
// guide run in isolated worlds of the page's renderer, so the page's profiler samples them too); the page's busy
// time is every sample but "(idle)". Sample intervals are wall time: on a loaded machine both grow, their ratio
// much less.
import type { BrowserContext } from 'playwright-core';
import { driveSession, openChurningPage } from './session';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  startTime: number;
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SAMPLING_INTERVAL_US = 200;

/** The sampled time (ms) whose stack holds a chrome-extension:// frame, and all the busy (not idle) time. */
export function sampledMs(profile: Profile): { extensionMs: number; busyMs: number } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node?.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let ourUs = 0;
  let busyUs = 0;
  // timeDeltas[i] is the time before sample i; the sample holds the stack for that span.
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    if (byId.get(id)?.callFrame.functionName !== '(idle)') busyUs += us;
    if (isOurs(id)) ourUs += us;
  });
  return { extensionMs: ourUs / 1000, busyMs: busyUs / 1000 };
}

export interface Attribution {
  /** The extension's main-thread ms in the session. */
  extensionMs: number;
  /** The page's whole busy main-thread time (ms) in the same session, sampled alike. */
  pageBusyMs: number;
  /** How long the profiler ran (the session and a little more). */
  profiledMs: number;
}

export async function attribute(context: BrowserContext, url: string, expectGuide: boolean): Promise<Attribution> {
  const page = await openChurningPage(context, url, expectGuide);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  await driveSession(page);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.detach();
  await page.close();
  const { extensionMs, busyMs } = sampledMs(profile);
  return { extensionMs, pageBusyMs: busyMs, profiledMs: (profile.endTime - profile.startTime) / 1000 };
}

/** ms of extension time per minute of session, over all rounds. */
export const perMinute = (runs: Attribution[]) =>
  (runs.reduce((s, r) => s + r.extensionMs, 0) / runs.reduce((s, r) => s + r.profiledMs, 0)) * 60_000;

/** The extension's share of the page's main-thread time, over all rounds. */
export const shareOfPage = (runs: Attribution[]) =>
  runs.reduce((s, r) => s + r.extensionMs, 0) / runs.reduce((s, r) => s + r.pageBusyMs, 0);
