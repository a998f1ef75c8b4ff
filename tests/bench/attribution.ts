// Main-thread time of the extension's own scripts on a churning page, from CDP Profiler samples: a sample counts
// for the extension when any frame of its stack runs a chrome-extension:// script (its content scripts and the
// guide run in isolated worlds of the page's renderer, so the page's profiler samples them too).
import type { BrowserContext } from 'playwright-core';
import { driveSession, openChurningPage, SESSION_MS } from './session';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SAMPLING_INTERVAL_US = 200;

/** Sums the sampled time (ms) whose stack holds a chrome-extension:// frame. */
export function extensionMs(profile: Profile): number {
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
  let us = 0;
  // timeDeltas[i] is the time before sample i; the sample holds the stack for that span.
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) us += profile.timeDeltas[i] ?? 0;
  });
  return us / 1000;
}

export interface Attribution {
  /** The extension's main-thread ms in the session. */
  extensionMs: number;
  /** The page's whole main-thread task time (ms) in the same session. */
  pageTaskMs: number;
  sessionMs: number;
}

export async function attribute(context: BrowserContext, url: string, expectGuide: boolean): Promise<Attribution> {
  const page = await openChurningPage(context, url, expectGuide);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  const taskDuration = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const before = await taskDuration();
  await cdp.send('Profiler.start');
  await driveSession(page);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const after = await taskDuration();
  await cdp.detach();
  await page.close();
  return { extensionMs: extensionMs(profile), pageTaskMs: (after - before) * 1000, sessionMs: SESSION_MS };
}

/** ms of extension time per minute of session, over all rounds. */
export const perMinute = (runs: Attribution[]) =>
  (runs.reduce((s, r) => s + r.extensionMs, 0) / runs.reduce((s, r) => s + r.sessionMs, 0)) * 60_000;

/** The extension's share of the page's main-thread time, over all rounds. */
export const shareOfPage = (runs: Attribution[]) =>
  runs.reduce((s, r) => s + r.extensionMs, 0) / runs.reduce((s, r) => s + r.pageTaskMs, 0);
