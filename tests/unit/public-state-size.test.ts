// What the popup receives of the customers stays the same size with one or 2,000 of them, also when
// hundreds need attention: the 50 most urgent and how many there are.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importProfilesFile } from '../../lib/background/profiles-file';
import { readPublicState } from '../../lib/background/public-state';
import { exportFile, generateCustomers } from '../support/customers';

beforeEach(() => {
  fakeBrowser.reset();
});

async function stateWith(count: number, due: number) {
  fakeBrowser.reset();
  await importProfilesFile(exportFile(generateCustomers(count, { due })));
  return readPublicState();
}

describe('the popup state', () => {
  it('carries the 50 most urgent customers needing attention and how many there are', async () => {
    const { profiles } = await stateWith(2_000, 300);
    expect(profiles?.attention.count).toBe(300);
    expect(profiles?.attention.shown).toHaveLength(50);
    const days = profiles!.attention.shown.map((a) => a.daysLeft);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('is no bigger with 2,000 customers all due than with 50 due', async () => {
    const few = JSON.stringify(await stateWith(50, 50)).length;
    const all = JSON.stringify(await stateWith(2_000, 2_000)).length;
    expect(all / few).toBeLessThan(1.1);
  });
});
