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
import { appBladeLink, appRegistrationsLink, newRegistrationLink } from '../portal-links';
import { wording } from '../wording/match';
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
    text: 'Open App registrations in Microsoft Entra ID.',
    lookFor: '“App registrations” under Entra ID (Microsoft Entra ID → Manage), or search for it at the top.',
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
    text: 'Press New registration to create the app for idemeum.',
    lookFor: 'the “New registration” button at the top of App registrations.',
    where: isList,
    target: (doc) => named(doc, COMMAND_ROLES, 'newRegistration') ?? linkTo(doc, isCreate),
    deepLink: () => newRegistrationLink(),
  },
  {
    id: 'portal.name',
    text: 'Name the app, for example “idemeum”. Keep “Accounts in this organizational directory only”.',
    lookFor: 'the “Name” box at the top of “Register an application”.',
    where: isCreate,
    target: nameField,
    done: nameGiven,
  },
  {
    id: 'portal.single-tenant',
    text: 'Choose “Accounts in this organizational directory only”: idemeum needs a single-tenant app.',
    lookFor: 'the “Supported account types” choices.',
    where: isCreate,
    target: singleTenantChoice,
    done: (c) => {
      const radio = singleTenantChoice(c.doc);
      return !radio || isChecked(radio);
    },
  },
  {
    id: 'portal.register',
    text: 'Press Register. The extension then reads the client ID and tenant ID for you.',
    lookFor: 'the “Register” button at the bottom of the page.',
    where: isCreate,
    target: (doc) => named(doc, ['button'], 'register') ?? onlyPrimaryButton(doc),
    ready: nameGiven,
  },
  {
    id: 'portal.open-certificates',
    text: 'IDs captured. Now open Certificates & secrets to create the client secret.',
    lookFor: '“Certificates & secrets” in the app’s menu on the left, under Manage.',
    where: (r) => inAppMenu(r) && !isItem('Credentials')(r),
    target: (doc) => named(doc, MENU_ROLES, 'certificatesAndSecrets') ?? linkTo(doc, isItem('Credentials')),
    ready: idsCaptured,
    done: secretCaptured,
    deepLink: appLink('Credentials'),
  },
  {
    id: 'portal.client-secrets-tab',
    text: 'Open the Client secrets tab.',
    lookFor: 'the “Client secrets” tab next to “Certificates”.',
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
    text: 'Press New client secret.',
    lookFor: 'the “New client secret” button under “Client secrets”.',
    where: isItem('Credentials'),
    target: (doc) => named(doc, COMMAND_ROLES, 'newClientSecret'),
    // A new secret's value on screen is being captured: not a moment to make another one.
    done: (c) => secretCaptured(c) || !!addSecretPane(c.doc) || readSecretRows(c.doc, []).some((r) => r.value),
  },
  {
    id: 'portal.secret-expiry',
    text: 'Describe the secret (e.g. “idemeum”) and choose 730 days (24 months), the longest preset.',
    lookFor: 'the “Expires” choice in the “Add a client secret” pane on the right.',
    where: isItem('Credentials'),
    target: expiryField,
    done: (c) => longLifetimeChosen(c.doc),
  },
  {
    id: 'portal.secret-add',
    text: 'Press Add. The extension captures the secret’s Value at once: it is shown only now.',
    lookFor: 'the “Add” button at the bottom of the “Add a client secret” pane.',
    where: isItem('Credentials'),
    target: (doc) => paneButton(addSecretPane(doc), 'add'),
    // Skip the expiry step to keep a shorter lifetime on purpose.
    ready: (c) => longLifetimeChosen(c.doc) || c.skipped.has('portal.secret-expiry'),
  },
  {
    id: 'portal.open-api-permissions',
    text: 'Secret captured. Now open API permissions.',
    lookFor: '“API permissions” in the app’s menu on the left, under Manage.',
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
      const base = `Press Add a permission to add the ${missing === 12 ? '12' : `${missing} missing`} Microsoft Graph application permissions.`;
      return delegated.length > 0
        ? `${base} ${delegated.join(', ')} ${delegated.length === 1 ? 'is' : 'are'} added as Delegated: idemeum needs them as Application permissions.`
        : base;
    },
    lookFor: 'the “Add a permission” button above “Configured permissions”.',
    where: isItem('CallAnAPI'),
    target: (doc) => named(doc, COMMAND_ROLES, 'addPermission'),
    done: (c) => allConfigured(c.doc) || !!requestPane(c.doc),
  },
  {
    id: 'portal.pick-graph',
    text: 'Choose Microsoft Graph.',
    lookFor: 'the “Microsoft Graph” tile under “Microsoft APIs”.',
    where: isItem('CallAnAPI'),
    target: (doc) => {
      const pane = requestPane(doc);
      return pane ? named(pane, COMMAND_ROLES, 'microsoftGraph') : undefined;
    },
  },
  {
    id: 'portal.pick-application',
    text: 'Choose Application permissions (not Delegated): idemeum works without a signed-in user.',
    lookFor: 'the “Application permissions” choice in the pane.',
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
      return `Tick the 12 permissions idemeum needs (${ticked} of 12 ticked), or let the extension tick them.`;
    },
    lookFor: 'the permission list under “Select permissions”.',
    where: isItem('CallAnAPI'),
    target: (doc) => {
      // The list is shown once its groups are: the first unticked one, else the one search box above them.
      const pane = requestPane(doc);
      if (!pane || permissionGroupToggles(pane).length === 0 || missingTicks(pane).length === 0) return undefined;
      const searchboxes = findAllByRole(pane, 'searchbox');
      return uncheckedRequired(pane)[0] ?? (searchboxes.length === 1 ? searchboxes[0] : undefined);
    },
    action: { label: 'Select all 12', run: (c) => tickAllRequired(c.doc) },
  },
  {
    id: 'portal.add-permissions',
    text: 'All 12 ticked. Press Add permissions.',
    lookFor: 'the “Add permissions” button at the bottom of the pane.',
    where: isItem('CallAnAPI'),
    target: (doc) => paneButton(requestPane(doc), 'addPermissions'),
    ready: (c) => missingTicks(requestPane(c.doc) ?? c.doc).length === 0,
  },
  {
    id: 'portal.grant-consent',
    text: 'Press Grant admin consent. Only a Global Administrator or Privileged Role Administrator can grant it.',
    lookFor: 'the “Grant admin consent for <your tenant>” button above “Configured permissions”.',
    where: isItem('CallAnAPI'),
    target: consentButton,
    ready: (c) => allConfigured(c.doc),
    done: (c) => allGranted(c.doc),
  },
  {
    id: 'portal.confirm-consent',
    text: 'Confirm with Yes.',
    lookFor: 'the “Yes” button in “Grant admin consent confirmation”.',
    where: isItem('CallAnAPI'),
    target: yesButton,
  },
  {
    id: 'portal.consent-granted',
    text: 'Admin consent granted. The extension is checking it with Microsoft; see the toolbar button.',
    lookFor: 'the Status column of “Configured permissions”.',
    where: isItem('CallAnAPI'),
    target: (doc) => (allGranted(doc) ? consentButton(doc) : undefined),
  },
];

export const portalPlaybook: Playbook<PortalRoute> = {
  id: 'portal',
  steps: portalSteps,
  parseRoute: parsePortalRoute,
};
