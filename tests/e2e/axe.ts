// Runs axe-core inside a page or frame of the real browser and returns serious and critical violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousViolations(target: Page | Frame, include?: string): Promise<string[]> {
  await target.evaluate(axeSource);
  const violations = (await target.evaluate(async (scope) => {
    const axe = (
      globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(scope ? { include: [[scope]] } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, include)) as { id: string; impact: string; nodes: { target: unknown }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
