// The cost of many customers, for `npm run bench`: with 1, 100 and 2,000 profiles (generated at run
// time), how long an import takes, how long the popup takes from its script's start to the first render,
// how long a switch takes until the other customer is shown, and how many bytes storage holds. One
// customer in seven has a secret due, so the popup renders a populated "Needs attention" at every count.
import type { Page } from 'playwright-core';
import { type Harness, launch } from '../e2e/harness';
import { exportFile, generateCustomers } from '../support/customers';

export const SCALE_COUNTS = [1, 100, 2_000] as const;

export const scaleBudgets = {
  import2000Ms: 2_000,
  switchAt2000Ms: 100,
  /** The popup's first render at 2,000 customers against the one at a single customer. */
  popupRenderRatio: 1.5,
  /** Bytes per profile at 2,000 against bytes per profile at 100: linear growth stays near 1. */
  storagePerProfileRatio: 1.25,
} as const;

const POPUP_OPENS = 15;
const SWITCHES = 8;

export interface ScaleFigures {
  count: number;
  importMs: number;
  popupRenderMs: number;
  switchMs: number;
  storageBytes: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

type Chrome = {
  chrome: {
    runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; data?: unknown }> };
    storage: { local: { getBytesInUse: (keys: null) => Promise<number> } };
  };
};

async function openPopup(h: Harness): Promise<Page> {
  const page = await h.openExtensionPage('popup.html');
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

async function importInto(h: Harness, count: number): Promise<number> {
  const page = await openPopup(h);
  // Timed in the page: the message there, the background's import (one write), the reply.
  const ms = await page.evaluate(
    async (text) => {
      const started = performance.now();
      const reply = await (globalThis as unknown as Chrome).chrome.runtime.sendMessage({
        type: 'profiles.import',
        text,
      });
      if (!reply.ok) throw new Error('import refused');
      return performance.now() - started;
    },
    exportFile(generateCustomers(count, { prefix: 'bench', due: Math.ceil(count / 7) })),
  );
  await page.close();
  return ms;
}

async function popupRender(h: Harness): Promise<number> {
  const popup = await openPopup(h);
  // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
  const ms = await popup.evaluate(() => {
    const [start, render] = ['assistant-script-start', 'assistant-first-render'].map(
      (n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN,
    );
    return (render ?? Number.NaN) - (start ?? Number.NaN);
  });
  await popup.close();
  return ms;
}

/** Switches between the customer made at start and the first imported one, until the popup shows it. */
async function switches(h: Harness): Promise<number[]> {
  const popup = await openPopup(h);
  const list = (await popup.evaluate(() =>
    (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ type: 'profiles.list' }),
  )) as { data: { list: { id: string; tenantId?: string }[] } };
  const [start, first] = list.data.list;
  const samples: number[] = [];
  for (let i = 0; i < SWITCHES; i++) {
    const target = i % 2 === 0 ? first! : start!;
    samples.push(
      await popup.evaluate(
        async ({ id, tenantId }) => {
          const started = performance.now();
          void (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ type: 'profiles.switch', id });
          await new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              const shown = document.querySelector('[aria-label="Directory (tenant) ID in use"]')?.textContent;
              if ((shown ?? '') !== (tenantId ?? '')) return;
              observer.disconnect();
              resolve();
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          });
          return performance.now() - started;
        },
        { id: target.id, tenantId: target.tenantId },
      ),
    );
  }
  await popup.close();
  return samples;
}

/** One browser per count, side by side, and the popup opened in turn in each: the machine's drift hits all alike. */
export async function scaleFigures(): Promise<ScaleFigures[]> {
  const browsers: Harness[] = [];
  try {
    for (const _ of SCALE_COUNTS) browsers.push(await launch());
    const imports: number[] = [];
    for (const [i, count] of SCALE_COUNTS.entries()) imports.push(await importInto(browsers[i]!, count));
    const renders: number[][] = SCALE_COUNTS.map(() => []);
    for (let round = 0; round < POPUP_OPENS; round++) {
      for (const [i, h] of browsers.entries()) renders[i]!.push(await popupRender(h));
    }
    const figures: ScaleFigures[] = [];
    for (const [i, count] of SCALE_COUNTS.entries()) {
      const h = browsers[i]!;
      const switchMs = median(await switches(h));
      const sw = await h.worker();
      const storageBytes = await sw.evaluate(() =>
        (globalThis as unknown as Chrome).chrome.storage.local.getBytesInUse(null),
      );
      figures.push({ count, importMs: imports[i]!, popupRenderMs: median(renders[i]!), switchMs, storageBytes });
    }
    return figures;
  } finally {
    for (const h of browsers) await h.close();
  }
}

/** The bench's rows: one per figure and count, each beside its budget where it has one. */
export async function scaleRows(): Promise<{ name: string; value: string; budget: string; ok: boolean }[]> {
  const figures = await scaleFigures();
  const at = (n: number) => figures.find((f) => f.count === n)!;
  const perProfile = (n: number) => (at(n).storageBytes - at(1).storageBytes) / (n - 1);
  const renderRatio = at(2_000).popupRenderMs / at(1).popupRenderMs;
  const storageRatio = perProfile(2_000) / perProfile(100);
  return [
    ...figures.flatMap((f) => [
      {
        name: `${f.count} customers: import`,
        value: `${f.importMs.toFixed(0)} ms`,
        budget: f.count === 2_000 ? `≤ ${scaleBudgets.import2000Ms} ms` : '',
        ok: f.count !== 2_000 || f.importMs <= scaleBudgets.import2000Ms,
      },
      {
        name: `${f.count} customers: popup script start → first render (median of ${POPUP_OPENS})`,
        value: `${f.popupRenderMs.toFixed(1)} ms`,
        budget: '',
        ok: true,
      },
      {
        name: `${f.count} customers: switch → other customer shown (median of ${SWITCHES})`,
        value: `${f.switchMs.toFixed(1)} ms`,
        budget: f.count === 2_000 ? `≤ ${scaleBudgets.switchAt2000Ms} ms` : '',
        ok: f.count !== 2_000 || f.switchMs <= scaleBudgets.switchAt2000Ms,
      },
      { name: `${f.count} customers: storage.local`, value: `${f.storageBytes} B`, budget: '', ok: true },
    ]),
    {
      name: 'popup render, 2,000 customers ÷ 1',
      value: renderRatio.toFixed(2),
      budget: `≤ ${scaleBudgets.popupRenderRatio}`,
      ok: renderRatio <= scaleBudgets.popupRenderRatio,
    },
    {
      name: 'storage per customer, at 2,000 ÷ at 100',
      value: `${storageRatio.toFixed(2)} (${perProfile(2_000).toFixed(0)} B each)`,
      budget: `≤ ${scaleBudgets.storagePerProfileRatio}`,
      ok: storageRatio <= scaleBudgets.storagePerProfileRatio,
    },
  ];
}
