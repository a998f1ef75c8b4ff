// A playbook is the setup as data: ordered steps, each saying where it applies, what to highlight,
// what the admin is told, and when it is done. The guide engine runs any playbook.
import type { PublicState } from '../background/public-state';
import type { Language } from '../wording/languages';

export interface StepContext<R> {
  doc: Document;
  route: R;
  state: PublicState;
  /** Steps the admin skipped in this frame. */
  skipped: ReadonlySet<string>;
  /** The portal's detected language, when the wording tables know it: tooltips quote its controls in it. */
  portalLanguage?: Language;
}

export interface PlaybookStep<R> {
  id: string;
  /** One short sentence: what to do now (it may depend on the page, e.g. "7 of 12 ticked"). */
  text: string | ((ctx: StepContext<R>) => string);
  /** Where to look, in words, for when the target cannot be found. */
  lookFor: string | ((ctx: StepContext<R>) => string);
  where: (route: R) => boolean;
  target: (doc: Document) => HTMLElement | undefined;
  /** Finished: the step is not shown again. */
  done?: (ctx: StepContext<R>) => boolean;
  /** Not yet: an earlier step must finish first. */
  ready?: (ctx: StepContext<R>) => boolean;
  /** A link that opens the place where the step happens. */
  deepLink?: (ctx: StepContext<R>) => string | undefined;
  /** An extra button in the tooltip, e.g. "Select all 12". */
  action?: { label: string | (() => string); run: (ctx: StepContext<R>) => void | Promise<void> };
}

export interface Playbook<R> {
  id: string;
  steps: PlaybookStep<R>[];
  /** The route from its raw form: the portal's hash, idemeum's path. */
  parseRoute: (raw: string) => R;
}
