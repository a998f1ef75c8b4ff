// What WXT's fake browser lacks for the background's check: the toolbar badge, and the session rule that
// adds no Origin to the token request (here it only has to succeed, or to fail when a test says so).
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function stubBadge(): void {
  fakeBrowser.action = {
    setBadgeText: vi.fn(async () => undefined),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async () => undefined),
  } as never;
}

export function stubOriginRule(refusal?: Error): void {
  fakeBrowser.declarativeNetRequest = {
    updateSessionRules: vi.fn(async () => {
      if (refusal) throw refusal;
    }),
  } as never;
}
