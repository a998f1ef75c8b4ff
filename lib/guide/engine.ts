// Runs a playbook in one frame: finds the step to show, highlights its target, follows the page as it
// re-renders, and falls back to words when the target cannot be found. Errors stay inside: the page
// never sees them (DESIGN.md).
import type { PublicState } from '../background/public-state';
import type { Playbook, PlaybookStep, StepContext } from '../playbook/types';
import type { Language } from '../wording/languages';
import { type ObstacleChange, obstaclesChanged, PAGE_CHANGES } from './obstacles';
import { Overlay } from './overlay';
import { expectedStep, type Kept, selectStep } from './select-step';

export const FALLBACK_AFTER_MS = 4000;
/**
 * Between full searches, the page's own churn re-checks the highlighted target where it is and searches
 * only the steps after it. Every step is searched afresh at once after a route or state change, the admin's
 * input, a popup that came or went (or controls, soon after the admin acted), or a change inside the target
 * or its row; otherwise at most this long (and one steady pause) after the last full search, also when the
 * page goes quiet.
 */
const FULL_SEARCH_MS = 1000;
/** Controls the page draws this soon after the admin pressed or typed are an answer: look again at once. */
const ACTED_MS = 3000;

export interface GuideOptions<R> {
  doc: Document;
  playbook: Playbook<R>;
  /** The raw route (the portal's hash; in a blade frame, the top frame's hash as the background knows it). */
  rawRoute: () => string;
  state: () => PublicState;
  /** The portal's detected language, if the wording tables know it (the tooltips quote the page in it). */
  portalLanguage?: () => Language | undefined;
  signal: AbortSignal;
  /** Only one frame describes a missing target in words; the others stay quiet. */
  mayShowFallback: () => Promise<boolean>;
  onStepShown?: (stepId: string | undefined) => void;
  /** A step's target stayed missing for FALLBACK_AFTER_MS and this frame describes it in words (guide health). */
  onTargetMissing?: (stepId: string, ctx: StepContext<R>) => void;
  /** Runs after each evaluation, on the same (coalesced) page changes: where capture happens. */
  afterEvaluate?: (ctx: StepContext<R>) => void;
}

export interface Guide {
  /** Re-evaluate now (route or state changed). */
  refresh: () => void;
  /** Another frame highlights the step: words about it here would only repeat it (asked again later). */
  withdrawWords: () => void;
  overlay: Overlay;
}

export function startGuide<R>(options: GuideOptions<R>): Guide {
  const { doc, playbook, signal } = options;
  const steps = playbook.steps;
  const overlay = new Overlay(doc);
  const skipped = new Set<string>();
  let hiddenStep: string | undefined;
  /** Back shows an earlier step until the page moves on (the furthest step on screen changes). */
  let forced: { index: number; furthest?: string } | undefined;
  /** `scope`: the target's row (or the target), where a change of text means the step must look again. */
  let shown: { id: string; index: number; target?: HTMLElement; scope?: Element; text: string } | undefined;
  let fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  let scheduled = false;
  /**
   * The next evaluation searches every step: something may have moved the step's target (the route, the
   * state, the admin's input, a popup, controls answering the admin, a change at the target itself).
   */
  let searchAll = true;
  let searchedAt = 0;
  /** When the admin last pressed or typed (trusted): what the page draws soon after answers them. */
  let actedAt = Number.NEGATIVE_INFINITY;
  /** The page opened or closed a popup, or drew or dropped controls, since the tooltip was placed. */
  let obstaclesMoved: ObstacleChange;
  /** The latest evaluation searched every step (none was kept). */
  let searchedAll = true;

  const context = (): StepContext<R> => ({
    doc,
    route: playbook.parseRoute(options.rawRoute()),
    state: options.state(),
    skipped,
    portalLanguage: options.portalLanguage?.(),
  });

  const show = (step: PlaybookStep<R>, index: number, target: HTMLElement | undefined, ctx: StepContext<R>) => {
    clearTimeout(fallbackTimer);
    fallbackTimer = undefined;
    const moved = obstaclesMoved;
    obstaclesMoved = undefined;
    const text = typeof step.text === 'function' ? step.text(ctx) : step.text;
    const lookFor = typeof step.lookFor === 'function' ? step.lookFor(ctx) : step.lookFor;
    const actionLabel = typeof step.action?.label === 'function' ? step.action.label() : step.action?.label;
    if (shown?.id === step.id && shown.target === target && shown.text === text) {
      // The step stays; a popup may have opened or closed next to its target. A tooltip that stepped aside
      // for popups looks again on each full search, in case one closed unseen.
      overlay.pageChanged(moved ?? (searchedAll && overlay.stepsAside ? 'popups' : undefined));
      return;
    }
    shown = { id: step.id, index, target, scope: target?.closest('tr, [role="row"]') ?? target, text };
    overlay.show(
      {
        stepId: step.id,
        index,
        total: steps.length,
        text,
        lookFor: target ? undefined : lookFor,
        deepLink: target ? undefined : step.deepLink?.(ctx),
        actionLabel,
        canGoBack: index > 0,
      },
      target,
      {
        onBack: () => {
          const previous = Math.max(0, index - 1);
          forced = { index: previous, furthest: selectStep(steps, context(), skipped)?.step.id };
          skipped.delete(steps[previous]?.id ?? '');
          searchAll = true;
          evaluate();
        },
        onSkip: () => {
          skipped.add(step.id);
          forced = undefined;
          searchAll = true;
          evaluate();
        },
        onHide: () => hide(step.id),
        onAction: step.action
          ? () => {
              void Promise.resolve(step.action?.run(context())).catch(() => undefined);
            }
          : undefined,
      },
    );
    options.onStepShown?.(step.id);
  };

  const clear = () => {
    if (!shown) return;
    shown = undefined;
    overlay.clearStep();
    options.onStepShown?.(undefined);
  };

  const hide = (stepId: string) => {
    hiddenStep = stepId;
    clear();
  };

  let trailingSearch: ReturnType<typeof setTimeout> | undefined;
  const keptTarget = (): Kept | undefined => {
    const now = performance.now();
    const kept = !searchAll && now - searchedAt < FULL_SEARCH_MS && shown?.target;
    searchAll = false;
    searchedAll = !kept || !shown;
    if (!kept || !shown) {
      searchedAt = now;
      clearTimeout(trailingSearch);
      trailingSearch = undefined;
      return undefined;
    }
    // The page may go quiet now: the step's target is still searched for afresh once more.
    trailingSearch ??= setTimeout(
      () => {
        trailingSearch = undefined;
        searchAll = true;
        schedule();
      },
      searchedAt + FULL_SEARCH_MS - now,
    );
    return { index: shown.index, target: kept };
  };

  function evaluate(): void {
    scheduled = false;
    if (signal.aborted) return;
    try {
      const ctx = context();
      try {
        options.afterEvaluate?.(ctx);
      } catch {
        // Capture trouble must not stop the guide.
      }
      const selection = selectStep(steps, ctx, skipped, keptTarget());
      if (forced && selection?.step.id !== forced.furthest) forced = undefined;
      const forcedStep = forced ? steps[forced.index] : undefined;
      if (forced && forcedStep) {
        show(forcedStep, forced.index, forcedStep.target(doc), ctx);
        return;
      }
      if (selection) {
        if (selection.step.id === hiddenStep) {
          clear();
          return;
        }
        hiddenStep = undefined;
        show(selection.step, selection.index, selection.target, ctx);
        return;
      }
      if (shown?.target) clear();
      const expected = expectedStep(steps, ctx, skipped);
      if (!expected || expected.step.id === hiddenStep) {
        clear();
        return;
      }
      if (shown?.id === expected.step.id || fallbackTimer) return;
      fallbackTimer = setTimeout(async () => {
        fallbackTimer = undefined;
        if (signal.aborted || shown) return;
        const again = context();
        if (selectStep(steps, again, skipped)) {
          evaluate();
          return;
        }
        const still = expectedStep(steps, again, skipped);
        if (still?.step.id === expected.step.id && (await options.mayShowFallback())) {
          show(still.step, still.index, undefined, again);
          options.onTargetMissing?.(still.step.id, again);
        }
      }, FALLBACK_AFTER_MS);
    } catch {
      // A page that changed under us must not break it: say nothing, try again on the next change.
      clear();
    }
  }

  // While a highlighted target is still on the page, the page's churn can only bring a later step into
  // view, which a person notices no faster than this; when nothing is highlighted, react on the next frame.
  const STEADY_MS = 150;
  let steadyTimer: ReturnType<typeof setTimeout> | undefined;
  const runScheduled = () => {
    steadyTimer = undefined;
    evaluate();
  };
  const schedule = () => {
    if (signal.aborted) return;
    const target = shown?.target;
    // Cheap tests only: this runs on every batch of the page's mutations (no style or layout work here).
    const steady =
      !!target &&
      target.isConnected &&
      !(target as HTMLButtonElement).disabled &&
      !target.closest('[hidden], [aria-hidden="true"]');
    // A highlighted target that left the page, was hidden or disabled must not wait for the steady-state timer.
    if (scheduled && !(steadyTimer && !steady)) return;
    clearTimeout(steadyTimer);
    steadyTimer = undefined;
    scheduled = true;
    if (steady) steadyTimer = setTimeout(runScheduled, STEADY_MS);
    else requestAnimationFrame(runScheduled);
  };

  const observer = new MutationObserver((records) => {
    // Our own overlay's changes are not the page's.
    if (records.every((r) => overlay.element.contains(r.target))) return;
    // Popups or controls that came or went: the tooltip is placed around them, and every step is searched
    // afresh (a step's target may move along as a menu or a list opens): for a popup always, for controls
    // shortly after the admin pressed or typed something (a feed of links on its own waits for the periodic
    // full search). So is a change inside the target or its row (relabelled, or a reused row now naming
    // another permission).
    if (shown) {
      if (obstaclesMoved !== 'popups') {
        const change = obstaclesChanged(records);
        if (change) obstaclesMoved = change === 'popups' ? change : (obstaclesMoved ?? change);
        if (change === 'popups' || (change && performance.now() - actedAt < ACTED_MS)) searchAll = true;
      }
      const { scope } = shown;
      if (!searchAll && scope && records.some((r) => scope.contains(r.target))) searchAll = true;
    }
    schedule();
  });
  observer.observe(doc.documentElement, PAGE_CHANGES);
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    actedAt = performance.now();
    if (event.key === 'Escape' && shown) hide(shown.id);
  };
  const onPointer = (event: PointerEvent) => {
    if (event.isTrusted) actedAt = performance.now();
  };
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onPointer, true);
  // The admin's own typing and choosing is answered at once: the next step is there as they look up.
  const onInput = () => {
    clearTimeout(steadyTimer);
    steadyTimer = undefined;
    searchAll = true;
    evaluate();
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(fallbackTimer);
    clearTimeout(steadyTimer);
    clearTimeout(trailingSearch);
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onPointer, true);
    doc.removeEventListener('input', onInput, true);
    doc.removeEventListener('change', onInput, true);
    overlay.destroy();
  });
  schedule();
  return {
    refresh: () => {
      scheduled = false;
      searchAll = true;
      schedule();
    },
    withdrawWords: () => {
      if (shown && !shown.target) clear();
    },
    overlay,
  };
}
