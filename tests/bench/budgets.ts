// The performance budgets, in one place. The benchmark prints each figure beside its budget and exits
// non-zero when one is exceeded; CI checks only the size budgets (timings on a shared machine are noise).
export const sizeBudgetsGzipBytes = {
  /** Injected on every portal page and blade frame: must stay tiny. */
  'content-scripts/azure-portal.js': 10 * 1024,
  /** Loaded only where the setup happens. */
  'portal-guide.js': 30 * 1024,
  'content-scripts/idemeum-console.js': 30 * 1024,
} as const;

export const timingBudgets = {
  idleOverheadRatio: 1.01,
  activeOverheadRatio: 1.05,
  overlayLatencyP95Ms: 50,
  popupFirstRenderMs: 100,
} as const;

export const requestBudgets = {
  tokenRequestsPerCheck: 1,
  graphRequestsPerCheck: 3,
} as const;

/** Main-thread time of the extension's own scripts (CDP profiler samples by script URL), wording tables loaded. */
export const attributionBudgets = {
  idleMsPerMinute: 5,
  /** A step showing: the extension's part of the page's main-thread time. */
  activeShareOfPage: 0.02,
} as const;
