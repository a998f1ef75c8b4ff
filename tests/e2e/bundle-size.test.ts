// The size budgets (tests/bench/budgets.ts), checked on every build: CI asserts sizes, never timings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sizeBudgetsGzipBytes } from '../bench/budgets';
import { EXTENSION_DIR } from './harness';

describe('bundle sizes', () => {
  it.each(Object.entries(sizeBudgetsGzipBytes))('%s stays within %d bytes gzip', (file, budget) => {
    const size = gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(budget);
  });

  it('the script on every portal page holds no guide, overlay or schema code', () => {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/azure-portal.js'), 'utf8');
    expect(code).not.toMatch(/computePosition|data-assist-step|ZodError/);
  });
});
