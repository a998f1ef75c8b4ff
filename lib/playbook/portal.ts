// The Azure portal part of the setup (FACTS.md §1 items 1–5) as data. Steps name concepts, never words:
// the wordings of every known language are in lib/wording/portal-wordings.ts. Where the words are not
// known (a language the tables lack), a target is taken only when structure makes it certain: a link to
// the route of the blade, the pane that opened for the step, a pane's only primary button, the checkbox
// whose row holds a permission's API name. Otherwise the guide says in words where to look.

import { presetDays } from '../capture/expiry-date';
import { readSecretRows } from '../capture/portal-capture';
import { findAllByRole, findByRole, findFieldByLabel } from '../dom/find';
import { firstTextbox, onlyPrimaryButton } from '../dom/structure';
import { shownValue } from '../dom/visible-text';
import { list } from '../i18n/format';
import { type MessageKey, plural, t } from '../i18n/t';
import { appBladeLink, appRegistrationsLink, newRegistrationLink } from '../portal-links';
import { displayWording, wording } from '../wording/match';
import type { Concept } from '../wording/portal-wordings';
import {
  missingTicks,
  permissionGroupToggles,
  readConfiguredPermissions,
  requestPane,
  reviewPermissions,
  tickAllRequired,
  uncheckedRequired,
} from './portal-permissions';
import { appMenuItem, isSetupEntryRoute, type PortalRoute, parsePortalRoute } from './portal-route';
import type { Playbook, PlaybookStep, StepContext } from './types';

type Ctx = StepContext<PortalRoute>;
type Step = PlaybookStep<PortalRoute>;

const isList = (r: PortalRoute) => r.blade === 'ApplicationsListBlade';
const isCreate = (r: PortalRoute) => r.blade === 'CreateApplicationBlade';
const isItem =
  (...items: string[]) =>
  (r: PortalRoute) =>
    items.includes(appMenuItem(r) ?? '');
const inAppMenu = (r: PortalRoute) => appMenuItem(r) !== undefined;

/** The stored values belong to the app on screen (the admin may have jumped to another app). */
const sameApp = (c: Ctx) =>
  !c.route.params.appId || c.route.params.appId.toLowerCase() === c.state.credentials.clientId;
const idsCaptured = (c: Ctx) => !!c.state.credentials.tenantId && !!c.state.credentials.clientId && sameApp(c);
const secretCaptured = (c: Ctx) => !!c.state.credentials.secret && sameApp(c);

/**
 * A message in the browser's language whose placeholders, named after concepts, quote the portal's
 * controls in the portal's detected language (English when it is not known): the words match the page.
 */
const quoting = (c: Ctx, concepts: Concept[]) =>
  Object.fromEntries(concepts.map((k) => [k, displayWording(k, c.portalLanguage, t('guide_your_tenant'))]));
const say =
  (key: MessageKey, ...concepts: Concept[]) =>
  (c: Ctx) =>
    t(key, quoting(c, concepts));

/** Menus are made of links, tabs, tree items or menu items, depending on the portal's version. */
const MENU_ROLES = ['link', 'tab', 'treeitem', 'menuitem', 'option'];
const COMMAND_ROLES = ['button', 'link', 'menuitem'];

function named(root: ParentNode, roles: string[], concept: Concept): HTMLElement | undefined {
  for (const role of roles) {
    const found = findByRole(root, role, wording(concept));
    if (found) return found;
  }
  return undefined;
}

const MENUS = 'nav, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], [role="tree"]';

/** A menu's link whose own href opens the route the step is about: certain in any language. */
function linkTo(root: ParentNode, wanted: (r: PortalRoute) => boolean): HTMLElement | undefined {
  return findAllByRole(root, 'link').find((a) => {
    if (!a.closest(MENUS)) return false;
    const hash = a.getAttribute('href')?.split('#')[1];
    return hash !== undefined && wanted(parsePortalRoute(hash));
  });
}

/** A pane by its title, else by what only that pane holds. */
const paneNamed = (doc: Document, concept: Concept, holds: (pane: HTMLElement) => boolean) =>
  findByRole(doc, 'dialog', wording(concept)) ?? findAllByRole(doc, 'dialog').find(holds);

/** The expiry choice of "Add a client secret": the one select showing a preset lifetime. */
function expiryChoice(pane: ParentNode): HTMLElement | undefined {
  const choices = findAllByRole(pane, 'combobox').filter((box) => presetDays(shownValue(box)) !== undefined);
  return choices.length === 1 ? choices[0] : undefined;
}
const addSecretPane = (doc: Document) => paneNamed(doc, 'addClientSecret', (pane) => !!expiryChoice(pane));
const expiryField = (doc: Document) => {
  const pane = addSecretPane(doc);
  return pane ? (findFieldByLabel(pane, wording('expires')) ?? expiryChoice(pane)) : undefined;
};
/** The pane's button for a concept, else the pane's only primary button. */
const paneButton = (pane: HTMLElement | undefined, concept: Concept) =>
  pane ? (named(pane, ['button'], concept) ?? onlyPrimaryButton(pane)) : undefined;

function permissionsReview(doc: Document) {
  const rows = readConfiguredPermissions(doc);
  return rows ? reviewPermissions(rows) : undefined;
}
const allConfigured = (doc: Document) => permissionsReview(doc)?.missing.length === 0;
const allGranted = (doc: Document) => {
  const review = permissionsReview(doc);
  return !!review && review.missing.length === 0 && review.notGranted.length === 0;
};
const appLink = (item: 'Overview' | 'Credentials' | 'CallAnAPI') => (c: Ctx) =>
  c.route.params.appId ? appBladeLink(item, c.route.params.appId, c.route.params.objectId) : undefined;

const nameField = (doc: Document) => findFieldByLabel(doc, wording('name')) ?? firstTextbox(doc);
const nameGiven = (c: Ctx) => shownValue(nameField(c.doc) ?? c.doc.createElement('input')) !== '';

const singleTenantChoice = (doc: Document) => findByRole(doc, 'radio', wording('singleTenant'));
const isChecked = (el: HTMLElement) =>
  (el as HTMLInputElement).checked === true || el.getAttribute('aria-checked') === 'true';

const clientSecretsTab = (doc: Document) => findByRole(doc, 'tab', wording('clientSecrets'));
const isSelectedTab = (tab: HTMLElement) => tab.getAttribute('aria-selected') === 'true';

const longLifetimeChosen = (doc: Document) => {
  const field = expiryField(doc);
  return !!field && presetDays(shownValue(field)) === 730;
};
const applicationChoice = (doc: Document) => {
  const pane = requestPane(doc);
  return pane ? named(pane, ['button', 'radio', 'tab'], 'applicationPermissions') : undefined;
};
const consentButton = (doc: Document) => named(doc, COMMAND_ROLES, 'grantAdminConsent');
const yesButton = (doc: Document) => {
  for (const dialog of findAllByRole(doc, 'dialog')) {
    const yes = named(dialog, ['button'], 'yes');
    if (yes) return yes;
  }
  return undefined;
};

export const portalSteps: Step[] = [
  {
    id: 'portal.open-app-registrations',
    text: say('guide_open_app_registrations', 'appRegistrations'),
    lookFor: say('guide_open_app_registrations_look', 'appRegistrations'),
    // Only where the setup starts: elsewhere in the portal (Virtual machines…) the guide says nothing.
    where: (r) => isSetupEntryRoute(r, location.host),
    target: (doc) => named(doc, MENU_ROLES, 'appRegistrations') ?? linkTo(doc, isList),
    // The setup no longer needs the portal: all three values captured and checked, or consent granted.
    done: ({ state }) => {
      const { tenantId, clientId, secret } = state.credentials;
      const review = state.portal.review;
      const consentGranted = !!review && review.missing.length === 0 && review.notGranted.length === 0;
      return (!!tenantId && !!clientId && !!secret && state.check.result?.verdict === 'passed') || consentGranted;
    },
    deepLink: () => appRegistrationsLink(),
  },
  {
    id: 'portal.new-registration',
    text: say('guide_new_registration', 'newRegistration'),
    lookFor: say('guide_new_registration_look', 'newRegistration', 'appRegistrations'),
    where: isList,
    target: (doc) => named(doc, COMMAND_ROLES, 'newRegistration') ?? linkTo(doc, isCreate),
    deepLink: () => newRegistrationLink(),
  },
  {
    id: 'portal.name',
    text: say('guide_name', 'singleTenant'),
    lookFor: say('guide_name_look', 'name'),
    where: isCreate,
    target: nameField,
    done: nameGiven,
  },
  {
    id: 'portal.single-tenant',
    text: say('guide_single_tenant', 'singleTenant'),
    lookFor: say('guide_single_tenant_look'),
    where: isCreate,
    target: singleTenantChoice,
    done: (c) => {
      const radio = singleTenantChoice(c.doc);
      return !radio || isChecked(radio);
    },
  },
  {
    id: 'portal.register',
    text: say('guide_register', 'register'),
    lookFor: say('guide_register_look', 'register'),
    where: isCreate,
    target: (doc) => named(doc, ['button'], 'register') ?? onlyPrimaryButton(doc),
    ready: nameGiven,
  },
  {
    id: 'portal.open-certificates',
    text: say('guide_open_certificates', 'certificatesAndSecrets'),
    lookFor: say('guide_open_certificates_look', 'certificatesAndSecrets'),
    where: (r) => inAppMenu(r) && !isItem('Credentials')(r),
    target: (doc) => named(doc, MENU_ROLES, 'certificatesAndSecrets') ?? linkTo(doc, isItem('Credentials')),
    ready: idsCaptured,
    done: secretCaptured,
    deepLink: appLink('Credentials'),
  },
  {
    id: 'portal.client-secrets-tab',
    text: say('guide_client_secrets_tab', 'clientSecrets'),
    lookFor: say('guide_client_secrets_tab_look', 'clientSecrets'),
    where: isItem('Credentials'),
    target: (doc) => {
      const tab = clientSecretsTab(doc);
      return tab && !isSelectedTab(tab) ? tab : undefined;
    },
    done: (c) => {
      const tab = clientSecretsTab(c.doc);
      return secretCaptured(c) || !!addSecretPane(c.doc) || !tab || isSelectedTab(tab);
    },
  },
  {
    id: 'portal.new-client-secret',
    text: say('guide_new_client_secret', 'newClientSecret'),
    lookFor: say('guide_new_client_secret_look', 'newClientSecret', 'clientSecrets'),
    where: isItem('Credentials'),
    target: (doc) => named(doc, COMMAND_ROLES, 'newClientSecret'),
    // A new secret's value on screen is being captured: not a moment to make another one.
    done: (c) => secretCaptured(c) || !!addSecretPane(c.doc) || readSecretRows(c.doc, []).some((r) => r.value),
  },
  {
    id: 'portal.secret-expiry',
    text: say('guide_secret_expiry'),
    lookFor: say('guide_secret_expiry_look', 'expires', 'addClientSecret'),
    where: isItem('Credentials'),
    target: expiryField,
    done: (c) => longLifetimeChosen(c.doc),
  },
  {
    id: 'portal.secret-add',
    text: say('guide_secret_add', 'add', 'value'),
    lookFor: say('guide_secret_add_look', 'add', 'addClientSecret'),
    where: isItem('Credentials'),
    target: (doc) => paneButton(addSecretPane(doc), 'add'),
    // Skip the expiry step to keep a shorter lifetime on purpose.
    ready: (c) => longLifetimeChosen(c.doc) || c.skipped.has('portal.secret-expiry'),
  },
  {
    id: 'portal.open-api-permissions',
    text: say('guide_open_api_permissions', 'apiPermissions'),
    lookFor: say('guide_open_api_permissions_look', 'apiPermissions'),
    where: (r) => inAppMenu(r) && !isItem('CallAnAPI')(r),
    target: (doc) => named(doc, MENU_ROLES, 'apiPermissions') ?? linkTo(doc, isItem('CallAnAPI')),
    ready: secretCaptured,
    deepLink: appLink('CallAnAPI'),
  },
  {
    id: 'portal.add-permission',
    text: (c) => {
      const review = permissionsReview(c.doc);
      const delegated = review?.delegatedInstead ?? [];
      const missing = review?.missing.length ?? 12;
      const words = quoting(c, ['addPermission']);
      const request =
        missing === 12 ? t('guide_add_permission', words) : plural('guide_add_missing_permissions', missing, words);
      return delegated.length > 0
        ? plural('guide_delegated_instead', delegated.length, { request, names: list(delegated) })
        : request;
    },
    lookFor: say('guide_add_permission_look', 'addPermission'),
    where: isItem('CallAnAPI'),
    target: (doc) => named(doc, COMMAND_ROLES, 'addPermission'),
    done: (c) => allConfigured(c.doc) || !!requestPane(c.doc),
  },
  {
    id: 'portal.pick-graph',
    text: say('guide_pick_graph'),
    lookFor: say('guide_pick_graph_look'),
    where: isItem('CallAnAPI'),
    target: (doc) => {
      const pane = requestPane(doc);
      return pane ? named(pane, COMMAND_ROLES, 'microsoftGraph') : undefined;
    },
  },
  {
    id: 'portal.pick-application',
    text: say('guide_pick_application', 'applicationPermissions', 'delegatedPermissions'),
    lookFor: say('guide_pick_application_look', 'applicationPermissions'),
    where: isItem('CallAnAPI'),
    target: applicationChoice,
    done: (c) => {
      const app = applicationChoice(c.doc);
      return (
        !!app &&
        (app.getAttribute('aria-pressed') === 'true' || isChecked(app) || app.getAttribute('aria-selected') === 'true')
      );
    },
  },
  {
    id: 'portal.tick-permissions',
    text: (c) => {
      const ticked = 12 - missingTicks(requestPane(c.doc) ?? c.doc).length;
      return t('guide_tick_permissions', { ticked });
    },
    lookFor: say('guide_tick_permissions_look'),
    where: isItem('CallAnAPI'),
    target: (doc) => {
      // The list is shown once its groups are: the first unticked one, else the one search box above them.
      const pane = requestPane(doc);
      if (!pane || permissionGroupToggles(pane).length === 0 || missingTicks(pane).length === 0) return undefined;
      const searchboxes = findAllByRole(pane, 'searchbox');
      return uncheckedRequired(pane)[0] ?? (searchboxes.length === 1 ? searchboxes[0] : undefined);
    },
    action: { label: () => t('guide_select_all'), run: (c) => tickAllRequired(c.doc) },
  },
  {
    id: 'portal.add-permissions',
    text: say('guide_add_permissions', 'addPermissions'),
    lookFor: say('guide_add_permissions_look', 'addPermissions'),
    where: isItem('CallAnAPI'),
    target: (doc) => paneButton(requestPane(doc), 'addPermissions'),
    ready: (c) => missingTicks(requestPane(c.doc) ?? c.doc).length === 0,
  },
  {
    id: 'portal.grant-consent',
    text: say('guide_grant_consent', 'grantAdminConsent'),
    lookFor: say('guide_grant_consent_look', 'grantAdminConsent'),
    where: isItem('CallAnAPI'),
    target: consentButton,
    ready: (c) => allConfigured(c.doc),
    done: (c) => allGranted(c.doc),
  },
  {
    id: 'portal.confirm-consent',
    text: say('guide_confirm_consent', 'yes'),
    lookFor: say('guide_confirm_consent_look', 'yes', 'consentConfirmation'),
    where: isItem('CallAnAPI'),
    target: yesButton,
  },
  {
    id: 'portal.consent-granted',
    text: say('guide_consent_granted'),
    lookFor: say('guide_consent_granted_look', 'status'),
    where: isItem('CallAnAPI'),
    target: (doc) => (allGranted(doc) ? consentButton(doc) : undefined),
  },
];

export const portalPlaybook: Playbook<PortalRoute> = {
  id: 'portal',
  steps: portalSteps,
  parseRoute: parsePortalRoute,
};
