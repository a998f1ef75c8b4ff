// The idemeum console part of the setup (FACTS.md §1 items 6–7) as data. The console's paths and markup
// are not public, so steps go by what is on screen (labels, buttons), not by routes. A step inside a form
// is open only while that form is on screen, and the steps leading to a form close once it is saved: the
// step described in words when its target is missing is then the one that belongs to the page.
import { findByRole, findFieldByLabel } from '../dom/find';
import { shownValue } from '../dom/visible-text';
import { idemeumButtons, idemeumLabels, idemeumMessages, idemeumNames, idemeumOptions } from '../fill/idemeum-labels';
import { openListOption } from '../fill/set-value';
import { type MessageKey, t } from '../i18n/t';
import type { Playbook, PlaybookStep, StepContext } from './types';

type Ctx = StepContext<string>;
type Step = PlaybookStep<string>;

const field = (label: RegExp) => (doc: Document) => findFieldByLabel(doc, label);
const fieldValue = (doc: Document, label: RegExp) => {
  const el = findFieldByLabel(doc, label);
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value : '';
};
/** The choice a select or a dropdown (a combobox button that opens a list) shows. */
const selectedText = (doc: Document, label: RegExp) => {
  const el = findFieldByLabel(doc, label);
  return el && !(el instanceof HTMLInputElement) ? shownValue(el) : '';
};
const statusShows = (doc: Document, text: RegExp) => !!findByRole(doc, 'status', text);
export const onUserSourceForm = (doc: Document) => !!findFieldByLabel(doc, idemeumLabels.userSource);
export const onAppForm = (doc: Document) => !!findFieldByLabel(doc, idemeumLabels.applicationType);
const userSourceSaved = (c: Ctx) => !!c.state.idemeum?.userSourceSavedAt;
const jitSaved = (c: Ctx) => !!c.state.idemeum?.jitSavedAt;
const threeFilled = (doc: Document) =>
  !!fieldValue(doc, idemeumLabels.tenantId) &&
  !!fieldValue(doc, idemeumLabels.clientId) &&
  !!fieldValue(doc, idemeumLabels.secret);
const entraCredentialsChosen = (doc: Document) =>
  idemeumOptions.entraOidc.test(selectedText(doc, idemeumLabels.credentials));
/** The user source form set to Entra ID (the choice stays on screen after a save; the fields may not). */
export const isEntraUserSourceForm = (doc: Document) =>
  onUserSourceForm(doc) && idemeumOptions.entraSource.test(selectedText(doc, idemeumLabels.userSource));
/** A Managed password app form with Entra OIDC credentials. */
export const isEntraAppForm = (doc: Document) => onAppForm(doc) && entraCredentialsChosen(doc);
/** Once the JIT app is saved, another app's form is not ours to guide, unless it is given Entra credentials. */
const onJitForm = (c: Ctx) => onAppForm(c.doc) && (!jitSaved(c) || entraCredentialsChosen(c.doc));
/** A menu entry or a tab: consoles draw them as links, tabs, tree items, menu items or buttons. */
const NAV_ROLES = ['link', 'tab', 'treeitem', 'menuitem', 'button'];
const navButton = (name: RegExp) => (doc: Document) =>
  NAV_ROLES.map((role) => findByRole(doc, role, name)).find((found) => found !== undefined);

/**
 * A message in the browser's language with the console's own names (English, as idemeum shows them) in its
 * placeholders. Read when shown, so that the words follow the catalog in use.
 */
const say =
  (key: MessageKey, ...names: Array<keyof typeof idemeumNames>) =>
  () =>
    t(key, Object.fromEntries(names.map((n) => [n, idemeumNames[n]])));

const fillAction = () => t('guide_idemeum_fill');

/** `fill` is the in-page fill, run on a trusted click of the tooltip's button. */
export function idemeumSteps(fill: (form: 'userSource' | 'jit') => Promise<void>): Step[] {
  return [
    // User source (item 6)
    {
      id: 'idemeum.open-user-source',
      text: say('guide_idemeum_open_user_source', 'users', 'userSource'),
      lookFor: say('guide_idemeum_open_user_source_look', 'userSource', 'users'),
      where: () => true,
      target: (doc) => navButton(idemeumButtons.userSourcePage)(doc) ?? navButton(idemeumButtons.users)(doc),
      ready: (c) => !userSourceSaved(c) && !onUserSourceForm(c.doc) && !onAppForm(c.doc),
    },
    {
      id: 'idemeum.choose-entra',
      text: say('guide_idemeum_choose_entra', 'entraSource'),
      lookFor: say('guide_idemeum_choose_entra_look', 'userSource'),
      where: () => true,
      target: (doc) =>
        openListOption(doc, idemeumOptions.entraSource) ?? findFieldByLabel(doc, idemeumLabels.userSource),
      ready: (c) => onUserSourceForm(c.doc),
      done: (c) => idemeumOptions.entraSource.test(selectedText(c.doc, idemeumLabels.userSource)),
    },
    {
      id: 'idemeum.user-source-credentials',
      text: (c) => t(userSourceSaved(c) ? 'guide_idemeum_credentials_again' : 'guide_idemeum_credentials'),
      lookFor: say('guide_idemeum_credentials_look', 'tenantId'),
      where: () => true,
      target: (doc) => (onUserSourceForm(doc) ? findFieldByLabel(doc, idemeumLabels.tenantId) : undefined),
      ready: (c) => onUserSourceForm(c.doc),
      done: (c) => threeFilled(c.doc),
      action: { label: fillAction, run: () => fill('userSource') },
    },
    {
      id: 'idemeum.onboarding-domain',
      text: say('guide_idemeum_onboarding_domain'),
      lookFor: say('guide_idemeum_onboarding_domain_look', 'onboardingDomain'),
      where: () => true,
      target: field(idemeumLabels.onboardingDomain),
      ready: (c) => onUserSourceForm(c.doc) && threeFilled(c.doc),
      done: (c) => !!fieldValue(c.doc, idemeumLabels.onboardingDomain),
    },
    {
      id: 'idemeum.save-user-source',
      text: say('guide_idemeum_save_user_source', 'save'),
      lookFor: say('guide_idemeum_save_look', 'save'),
      where: () => true,
      target: (doc) => (onUserSourceForm(doc) ? findByRole(doc, 'button', idemeumButtons.save) : undefined),
      ready: (c) => onUserSourceForm(c.doc) && threeFilled(c.doc),
      done: (c) => statusShows(c.doc, idemeumMessages.userSourceSaved),
    },
    // Entra JIT accounts in a Managed password app (item 7)
    {
      id: 'idemeum.open-applications',
      text: say('guide_idemeum_open_applications', 'applications', 'managedPasswordApp'),
      lookFor: say('guide_idemeum_open_applications_look', 'applications'),
      where: () => true,
      target: navButton(idemeumButtons.applications),
      // On the user source form only while it says saved: an admin back to correct it gets its own steps.
      ready: (c) =>
        userSourceSaved(c) &&
        !jitSaved(c) &&
        !onAppForm(c.doc) &&
        (!onUserSourceForm(c.doc) || statusShows(c.doc, idemeumMessages.userSourceSaved)),
      done: (c) => !!findByRole(c.doc, 'button', idemeumButtons.addApplication),
    },
    {
      id: 'idemeum.add-application',
      text: say('guide_idemeum_add_application', 'addApplication'),
      lookFor: say('guide_idemeum_add_application_look', 'addApplication'),
      where: () => true,
      target: (doc) => findByRole(doc, 'button', idemeumButtons.addApplication),
      ready: (c) => !jitSaved(c) && !onAppForm(c.doc),
    },
    {
      id: 'idemeum.managed-password-app',
      text: say('guide_idemeum_managed_password_app', 'managedPasswordApp'),
      lookFor: say('guide_idemeum_managed_password_app_look', 'managedPasswordApp'),
      where: () => true,
      target: (doc) =>
        findByRole(doc, 'button', idemeumButtons.managedPasswordApp) ??
        findByRole(doc, 'link', idemeumButtons.managedPasswordApp),
      ready: (c) => !jitSaved(c) && !onAppForm(c.doc),
    },
    {
      id: 'idemeum.app-name',
      text: say('guide_idemeum_app_name'),
      lookFor: say('guide_idemeum_app_name_look', 'appName'),
      where: () => true,
      target: (doc) => (onAppForm(doc) ? findFieldByLabel(doc, idemeumLabels.appName) : undefined),
      ready: (c) => onJitForm(c),
      done: (c) => !!fieldValue(c.doc, idemeumLabels.appName),
    },
    {
      id: 'idemeum.app-credentials',
      text: (c) =>
        jitSaved(c)
          ? t('guide_idemeum_app_credentials_again', { managedPasswordApp: idemeumNames.managedPasswordApp })
          : t('guide_idemeum_app_credentials'),
      lookFor: say('guide_idemeum_app_credentials_look', 'applicationType', 'credentials'),
      where: () => true,
      target: (doc) => (onAppForm(doc) ? findFieldByLabel(doc, idemeumLabels.applicationType) : undefined),
      // After the name, so that the name is asked for; without a field by that label (or once the name
      // step is skipped) the fill is offered anyway.
      ready: (c) =>
        onJitForm(c) &&
        (!!fieldValue(c.doc, idemeumLabels.appName) ||
          !findFieldByLabel(c.doc, idemeumLabels.appName) ||
          c.skipped.has('idemeum.app-name')),
      done: (c) => threeFilled(c.doc),
      action: { label: fillAction, run: () => fill('jit') },
    },
    {
      id: 'idemeum.validate',
      text: say('guide_idemeum_validate', 'validate'),
      lookFor: say('guide_idemeum_validate_look', 'validate'),
      where: () => true,
      target: (doc) => findByRole(doc, 'button', idemeumButtons.validate),
      ready: (c) => onJitForm(c) && threeFilled(c.doc),
      done: (c) => statusShows(c.doc, idemeumMessages.validated),
    },
    {
      id: 'idemeum.provisioning-domain',
      text: say('guide_idemeum_provisioning_domain'),
      lookFor: say('guide_idemeum_provisioning_domain_look', 'provisioningDomain'),
      where: () => true,
      target: field(idemeumLabels.provisioningDomain),
      ready: (c) => onJitForm(c),
      done: (c) => !!fieldValue(c.doc, idemeumLabels.provisioningDomain),
    },
    {
      id: 'idemeum.save-app',
      text: say('guide_idemeum_save_app', 'save'),
      lookFor: say('guide_idemeum_save_look', 'save'),
      where: () => true,
      target: (doc) => (onAppForm(doc) ? findByRole(doc, 'button', idemeumButtons.save) : undefined),
      ready: (c) => onJitForm(c) && !!fieldValue(c.doc, idemeumLabels.provisioningDomain),
    },
    {
      id: 'idemeum.done',
      text: say('guide_idemeum_done'),
      lookFor: say('guide_idemeum_done_look', 'appSaved'),
      where: () => true,
      target: (doc) => findByRole(doc, 'status', idemeumMessages.appSaved),
      // Shown with the message only (once it is gone there is nothing left to describe), and only when
      // both forms were recorded as saved: another app's save says nothing about ours.
      ready: (c) => statusShows(c.doc, idemeumMessages.appSaved) && userSourceSaved(c) && jitSaved(c),
    },
  ];
}

export function idemeumPlaybook(fill: (form: 'userSource' | 'jit') => Promise<void>): Playbook<string> {
  return { id: 'idemeum', steps: idemeumSteps(fill), parseRoute: (raw) => raw };
}
