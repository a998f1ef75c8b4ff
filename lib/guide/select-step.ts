// Which step to show: pure functions over a playbook, the route, the state and the page.
import { isVisible } from '../dom/find';
import type { PlaybookStep, StepContext } from '../playbook/types';

export interface Selection<R> {
  step: PlaybookStep<R>;
  index: number;
  target: HTMLElement;
}

function open<R>(step: PlaybookStep<R>, ctx: StepContext<R>, skipped: ReadonlySet<string>): boolean {
  return step.where(ctx.route) && !skipped.has(step.id) && !(step.done?.(ctx) ?? false) && (step.ready?.(ctx) ?? true);
}

/** The step on screen and its target, kept while still open and on the page: the search need not repeat it. */
export interface Kept {
  index: number;
  target: HTMLElement;
}

const stillThere = (el: HTMLElement) => el.isConnected && !(el as HTMLButtonElement).disabled && isVisible(el);

/**
 * The furthest open step whose target is on screen: a person who has moved on (a pane opened, a
 * dialog shown) sees the step that belongs to what is in front of them. With `kept`, that step's
 * target is not searched for again while it is still there.
 */
export function selectStep<R>(
  steps: PlaybookStep<R>[],
  ctx: StepContext<R>,
  skipped: ReadonlySet<string>,
  kept?: Kept,
): Selection<R> | undefined {
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index];
    if (!step || !open(step, ctx, skipped)) continue;
    const target = kept?.index === index && stillThere(kept.target) ? kept.target : step.target(ctx.doc);
    if (target) return { step, index, target };
  }
  return undefined;
}

/** The first open step for this route, target or not: the one to describe in words when nothing is found. */
export function expectedStep<R>(
  steps: PlaybookStep<R>[],
  ctx: StepContext<R>,
  skipped: ReadonlySet<string>,
): { step: PlaybookStep<R>; index: number } | undefined {
  const index = steps.findIndex((s) => open(s, ctx, skipped));
  const step = steps[index];
  return step ? { step, index } : undefined;
}
