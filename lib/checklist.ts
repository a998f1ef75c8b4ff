// The setup as the admin sees it in the popup: milestones derived from the state, never stored.
import type { PublicState } from './background/public-state';
import { appBladeLink, newRegistrationLink } from './portal-links';

export type ChecklistStatus = 'done' | 'current' | 'todo';

export interface ChecklistItem {
  id: string;
  label: string;
  status: ChecklistStatus;
  /** Where the step happens, for the current one. */
  link?: string;
}

export function deriveChecklist(state: PublicState): ChecklistItem[] {
  const { tenantId, clientId, secret } = state.credentials;
  const result = state.check.result;
  const appLink = (item: 'Overview' | 'Credentials' | 'CallAnAPI') =>
    clientId ? appBladeLink(item, clientId) : newRegistrationLink();
  const consoleLink = state.idemeum?.host ? `https://${state.idemeum.host}/adminportal` : undefined;
  // Added means: the API permissions page showed all 12 as Application permissions, or Graph has them granted.
  const review = state.portal.review;
  const allAdded =
    (!!review && review.missing.length === 0) ||
    (!!result && result.permissions.every((p) => p.status === 'granted' || p.status === 'propagating'));
  const steps: Array<Omit<ChecklistItem, 'status'> & { done: boolean }> = [
    { id: 'register', label: 'Register the app in Entra ID', done: !!clientId, link: newRegistrationLink() },
    {
      id: 'ids',
      label: 'Capture the tenant ID and client ID',
      done: !!tenantId && !!clientId,
      link: appLink('Overview'),
    },
    {
      id: 'secret',
      label: 'Create a client secret and capture its Value',
      done: !!secret,
      link: appLink('Credentials'),
    },
    {
      id: 'permissions',
      label: 'Add the 12 Graph application permissions',
      done: allAdded,
      link: appLink('CallAnAPI'),
    },
    {
      id: 'consent',
      label: 'Grant admin consent',
      done: result?.verdict === 'passed',
      link: appLink('CallAnAPI'),
    },
    {
      id: 'user-source',
      label: 'Fill and save idemeum’s user source',
      done: !!state.idemeum?.userSourceSavedAt,
      link: consoleLink,
    },
    {
      id: 'jit',
      label: 'Fill and save the Entra JIT Managed password app',
      done: !!state.idemeum?.jitSavedAt,
      link: consoleLink,
    },
  ];
  const firstOpen = steps.findIndex((s) => !s.done);
  return steps.map(({ done, ...s }, i) => ({
    ...s,
    status: done ? 'done' : i === firstOpen ? 'current' : 'todo',
    link: i === firstOpen ? s.link : undefined,
  }));
}
