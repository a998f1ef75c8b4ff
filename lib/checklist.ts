// The setup as the admin sees it in the popup: milestones derived from the state, never stored.
import type { PublicState } from './background/public-state';
import { t } from './i18n/t';
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
    { id: 'register', label: t('checklist_register'), done: !!clientId, link: newRegistrationLink() },
    {
      id: 'ids',
      label: t('checklist_ids'),
      done: !!tenantId && !!clientId,
      link: appLink('Overview'),
    },
    {
      id: 'secret',
      label: t('checklist_secret'),
      done: !!secret,
      link: appLink('Credentials'),
    },
    {
      id: 'permissions',
      label: t('checklist_permissions'),
      done: allAdded,
      link: appLink('CallAnAPI'),
    },
    {
      id: 'consent',
      label: t('checklist_consent'),
      done: result?.verdict === 'passed',
      link: appLink('CallAnAPI'),
    },
    {
      id: 'user-source',
      label: t('checklist_user_source'),
      done: !!state.idemeum?.userSourceSavedAt,
      link: consoleLink,
    },
    {
      id: 'jit',
      label: t('checklist_jit'),
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
