// The scripted session every main-thread measure runs: a churning replica page, some scrolling and pointer moves.
import type { BrowserContext, Page } from 'playwright-core';

export const SESSION_MS = Number(process.env.BENCH_SESSION_MS ?? 4000);

/** Opens `url` and waits until the shell is up (and the guide shows a step, when expected), then a second more. */
export async function openChurningPage(context: BrowserContext, url: string, expectGuide: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: /^Account manager/ }).waitFor();
  if (expectGuide) await page.waitForSelector('[data-assist-step]', { timeout: 15_000 });
  await page.waitForTimeout(1000);
  return page;
}

export async function driveSession(page: Page): Promise<void> {
  const end = Date.now() + SESSION_MS;
  for (let i = 0; Date.now() < end; i++) {
    await page.mouse.move(200 + (i % 20) * 40, 200 + (i % 7) * 50);
    await page.mouse.wheel(0, i % 2 ? 200 : -200);
    await page.waitForTimeout(100);
  }
}
