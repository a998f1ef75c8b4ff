// The portal playbook's steps as the guide sees them on a page: a step by id, and the context the engine
// builds (route from the hash, state, the portal's detected language).

import { portalSteps } from '../../lib/playbook/portal';
import { type PortalRoute, parsePortalRoute } from '../../lib/playbook/portal-route';
import type { StepContext } from '../../lib/playbook/types';
import { EMPTY_STATE } from '../../lib/state-client';
import type { Language } from '../../lib/wording/languages';

export const stepNamed = (id: string) => {
  const step = portalSteps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};

export const contextOn = (doc: Document, hash: string, portalLanguage?: Language): StepContext<PortalRoute> => ({
  doc,
  route: parsePortalRoute(hash),
  state: EMPTY_STATE,
  skipped: new Set(),
  portalLanguage,
});

/** What a step says, as the overlay gets it. */
export const wordsOf = (id: string, ctx: StepContext<PortalRoute>) => {
  const step = stepNamed(id);
  return {
    text: typeof step.text === 'function' ? step.text(ctx) : step.text,
    lookFor: typeof step.lookFor === 'function' ? step.lookFor(ctx) : step.lookFor,
  };
};
