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

  it.each(['popup.html', 'sidepanel.html', 'options.html'])(
    '%s loads no msal-browser (only express.html does)',
    (html) => {
      const text = readFileSync(join(EXTENSION_DIR, html), 'utf8');
      const scripts = [...text.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        expect(readFileSync(join(EXTENSION_DIR, script), 'utf8')).not.toMatch(
          /msal\.js\.browser|in_mem_redirect_unavailable/,
        );
      }
      const express = readFileSync(join(EXTENSION_DIR, 'express.html'), 'utf8');
      const expressCode = [...express.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)]
        .map((m) => readFileSync(join(EXTENSION_DIR, m[1] ?? ''), 'utf8'))
        .join('');
      expect(expressCode).toMatch(/msal\.js\.browser/);
    },
  );

  it('the script on every portal page holds no guide, overlay or schema code', () => {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/azure-portal.js'), 'utf8');
    expect(code).not.toMatch(/computePosition|data-assist-step|ZodError/);
  });
});
