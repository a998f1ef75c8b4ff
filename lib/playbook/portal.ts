// The Azure portal part of the setup (FACTS.md §1 items 1–5) as data.
import { findByRole, findFieldByLabel } from '../dom/find';
import { appBladeLink, appRegistrationsLink, newRegistrationLink } from '../portal-links';
import {
  missingTicks,
  readConfiguredPermissions,
  reviewPermissions,
  tickAllRequired,
  uncheckedRequired,
} from './portal-permissions';
import { appMenuItem, isAppRegistrationsRoute, type PortalRoute, parsePortalRoute } from './portal-route';
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
const dialog = (doc: Document, name: RegExp) => findByRole(doc, 'dialog', name);
const ADD_SECRET_PANE = /^Add a client secret/;
const REQUEST_PANE = /^Request API permissions/;
const addSecretPane = (doc: Document) => dialog(doc, ADD_SECRET_PANE);
const requestPane = (doc: Document) => dialog(doc, REQUEST_PANE);
/** A control inside a pane or dialog, found by role and name; nothing while the pane is closed. */
const inDialog = (dialogName: RegExp, role: string, name: RegExp) => (doc: Document) => {
  const box = dialog(doc, dialogName);
  return box ? findByRole(box, role, name) : undefined;
};

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

const nameField = (doc: Document) => findFieldByLabel(doc, /^Name\b/);

function longLifetimeChosen(doc: Document): boolean {
  const pane = addSecretPane(doc);
  const select = pane ? findFieldByLabel(pane, /^Expires/) : undefined;
  const chosen =
    select instanceof HTMLSelectElement ? (select.selectedOptions[0]?.textContent ?? '') : (select?.textContent ?? '');
  return /730|24 months|Custom/i.test(chosen);
}

export const portalSteps: Step[] = [
  {
    id: 'portal.open-app-registrations',
    text: 'Open App registrations in Microsoft Entra ID.',
    lookFor: '“App registrations” under Microsoft Entra ID → Manage, or search for it at the top.',
    where: (r) => !isAppRegistrationsRoute(r),
    target: (doc) => findByRole(doc, 'link', /^App registrations$/) ?? findByRole(doc, 'searchbox', /^Search/),
    deepLink: () => appRegistrationsLink(),
  },
  {
    id: 'portal.new-registration',
    text: 'Press New registration to create the app for idemeum.',
    lookFor: 'the “New registration” button at the top of App registrations.',
    where: isList,
    target: (doc) => findByRole(doc, 'button', /^New registration$/) ?? findByRole(doc, 'link', /^New registration$/),
    deepLink: () => newRegistrationLink(),
  },
  {
    id: 'portal.name',
    text: 'Name the app, for example “idemeum”. Keep “Accounts in this organizational directory only”.',
    lookFor: 'the “Name” box at the top of “Register an application”.',
    where: isCreate,
    target: nameField,
    done: (c) => ((nameField(c.doc) as HTMLInputElement | undefined)?.value ?? '').trim() !== '',
  },
  {
    id: 'portal.single-tenant',
    text: 'Choose “Accounts in this organizational directory only”: idemeum needs a single-tenant app.',
    lookFor: 'the “Supported account types” choices.',
    where: isCreate,
    target: (doc) => findByRole(doc, 'radio', /^Accounts in this organizational directory only/),
    done: (c) => {
      const radio = findByRole(c.doc, 'radio', /^Accounts in this organizational directory only/);
      return !radio || (radio as HTMLInputElement).checked || radio.getAttribute('aria-checked') === 'true';
    },
  },
  {
    id: 'portal.register',
    text: 'Press Register. The extension then reads the client ID and tenant ID for you.',
    lookFor: 'the “Register” button at the bottom of the page.',
    where: isCreate,
    target: (doc) => findByRole(doc, 'button', /^Register$/),
    ready: (c) => ((nameField(c.doc) as HTMLInputElement | undefined)?.value ?? '').trim() !== '',
  },
  {
    id: 'portal.open-certificates',
    text: 'IDs captured. Now open Certificates & secrets to create the client secret.',
    lookFor: '“Certificates & secrets” in the app’s menu on the left, under Manage.',
    where: (r) => inAppMenu(r) && !isItem('Credentials')(r),
    target: (doc) => findByRole(doc, 'link', /^Certificates (&|and) secrets$/),
    ready: idsCaptured,
    done: secretCaptured,
    deepLink: appLink('Credentials'),
  },
  {
    id: 'portal.new-client-secret',
    text: 'Press New client secret.',
    lookFor: 'the “New client secret” button under “Client secrets”.',
    where: isItem('Credentials'),
    target: (doc) => findByRole(doc, 'button', /^New client secret$/),
    done: (c) => secretCaptured(c) || !!addSecretPane(c.doc),
  },
  {
    id: 'portal.secret-expiry',
    text: 'Describe the secret (e.g. “idemeum”) and choose 730 days (24 months), the longest preset.',
    lookFor: 'the “Expires” choice in the “Add a client secret” pane on the right.',
    where: isItem('Credentials'),
    target: (doc) => {
      const pane = addSecretPane(doc);
      return pane ? (findFieldByLabel(pane, /^Expires/) ?? findByRole(pane, 'combobox')) : undefined;
    },
    done: (c) => longLifetimeChosen(c.doc),
  },
  {
    id: 'portal.secret-add',
    text: 'Press Add. The extension captures the secret’s Value at once: it is shown only now.',
    lookFor: 'the “Add” button at the bottom of the “Add a client secret” pane.',
    where: isItem('Credentials'),
    target: inDialog(ADD_SECRET_PANE, 'button', /^Add$/),
    // Skip the expiry step to keep a shorter lifetime on purpose.
    ready: (c) => longLifetimeChosen(c.doc) || c.skipped.has('portal.secret-expiry'),
  },
  {
    id: 'portal.open-api-permissions',
    text: 'Secret captured. Now open API permissions.',
    lookFor: '“API permissions” in the app’s menu on the left, under Manage.',
    where: (r) => inAppMenu(r) && !isItem('CallAnAPI')(r),
    target: (doc) => findByRole(doc, 'link', /^API permissions$/),
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
    target: (doc) => findByRole(doc, 'button', /^Add a permission$/),
    done: (c) => allConfigured(c.doc) || !!requestPane(c.doc),
  },
  {
    id: 'portal.pick-graph',
    text: 'Choose Microsoft Graph.',
    lookFor: 'the “Microsoft Graph” tile under “Microsoft APIs”.',
    where: isItem('CallAnAPI'),
    target: (doc) => {
      const pane = requestPane(doc);
      return pane
        ? (findByRole(pane, 'button', /^Microsoft Graph/) ?? findByRole(pane, 'link', /^Microsoft Graph/))
        : undefined;
    },
  },
  {
    id: 'portal.pick-application',
    text: 'Choose Application permissions (not Delegated): idemeum works without a signed-in user.',
    lookFor: 'the “Application permissions” choice in the pane.',
    where: isItem('CallAnAPI'),
    target: inDialog(REQUEST_PANE, 'button', /^Application permissions/),
    done: (c) => {
      const app = inDialog(REQUEST_PANE, 'button', /^Application permissions/)(c.doc);
      return app?.getAttribute('aria-pressed') === 'true' || app?.getAttribute('aria-checked') === 'true';
    },
  },
  {
    id: 'portal.tick-permissions',
    text: (c) => {
      const ticked = 12 - missingTicks(c.doc).length;
      return `Tick the 12 permissions idemeum needs (${ticked} of 12 ticked), or let the extension tick them.`;
    },
    lookFor: 'the permission list under “Select permissions”.',
    where: isItem('CallAnAPI'),
    target: (doc) => {
      const pane = requestPane(doc);
      if (!pane || !findByRole(pane, 'button', /^Add permissions$/)) return undefined;
      return uncheckedRequired(pane)[0] ?? findByRole(pane, 'searchbox', /permission/i);
    },
    action: { label: 'Select all 12', run: (c) => tickAllRequired(c.doc) },
  },
  {
    id: 'portal.add-permissions',
    text: 'All 12 ticked. Press Add permissions.',
    lookFor: 'the “Add permissions” button at the bottom of the pane.',
    where: isItem('CallAnAPI'),
    target: inDialog(REQUEST_PANE, 'button', /^Add permissions$/),
    ready: (c) => missingTicks(c.doc).length === 0,
  },
  {
    id: 'portal.grant-consent',
    text: 'Press Grant admin consent. Only a Global Administrator or Privileged Role Administrator can grant it.',
    lookFor: 'the “Grant admin consent for <your tenant>” button above “Configured permissions”.',
    where: isItem('CallAnAPI'),
    target: (doc) => findByRole(doc, 'button', /^Grant admin consent for /),
    ready: (c) => allConfigured(c.doc),
    done: (c) => allGranted(c.doc),
  },
  {
    id: 'portal.confirm-consent',
    text: 'Confirm with Yes.',
    lookFor: 'the “Yes” button in “Grant admin consent confirmation”.',
    where: isItem('CallAnAPI'),
    target: inDialog(/^Grant admin consent confirmation/, 'button', /^Yes$/),
  },
  {
    id: 'portal.consent-granted',
    text: 'Admin consent granted. The extension is checking it with Microsoft; see the toolbar button.',
    lookFor: 'the Status column of “Configured permissions”.',
    where: isItem('CallAnAPI'),
    target: (doc) => (allGranted(doc) ? findByRole(doc, 'button', /^Grant admin consent for /) : undefined),
  },
];

export const portalPlaybook: Playbook<PortalRoute> = {
  id: 'portal',
  steps: portalSteps,
  parseRoute: parsePortalRoute,
};
