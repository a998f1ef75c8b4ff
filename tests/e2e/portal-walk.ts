// Walks the replica portal's whole App registrations flow as a person does, in any variant (host, markup kit,
// language): every element is found by its role and the words on screen (portal-variants.ts). At each guided
// action the walk hands the element a person would press to `onStep` before pressing it, with the keyboard (Enter,
// Space), as the guide's own tooltip may lie over what is pressed next (it does in the pseudo-locale today).
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { IDEMEUM_ROLE_NAMES } from '../sandbox/scenarios';
import type { Application, SandboxState } from '../sandbox/tenant-state';
import { isEntraShell, type Variant, variantUrl, WORDS } from './portal-variants';

export const ENTRA_OVERVIEW = '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview';

export interface WalkHooks {
  /** A guided action: `target` is what a person presses (or types into) next. */
  onStep: (label: string, target: Locator) => Promise<void>;
  /** After Register, once the sandbox has the app and Overview shows it. */
  onRegistered: (app: Application) => Promise<void>;
  /** After Add, once the sandbox issued the secret (its value is in `app.passwordCredentials[0]`). */
  onSecretAdded: (app: Application) => Promise<void>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`);

/** Blades: the top document, or the Entra admin center shell's blade frame. */
function bladeSurface(page: Page, v: Variant): Page | FrameLocator {
  return isEntraShell(v) ? page.frameLocator('iframe[src*=".reactblade.portal.azure.net/"]') : page;
}

/** Certificates & secrets: always a React view in a reactblade frame. */
function credentialsSurface(page: Page): FrameLocator {
  return page.frameLocator('iframe[src*=".reactblade.portal.azure.net/"]');
}

export async function walkPortal(page: Page, state: SandboxState, v: Variant, appName: string, hooks: WalkHooks) {
  const w = WORDS[v.language];
  const tenant = state.tenants.get(state.portalTenantId)?.displayName ?? '';
  const fluent = v.kit === 'fluent';
  // A person sees buttons; Fluent command bars expose them as menu items, its blade menus as tabs or tree items.
  const command = fluent ? 'menuitem' : 'button';
  const appMenuItem = fluent ? 'tab' : 'link';
  const blade = bladeSurface(page, v);
  const step = async (label: string, target: Locator) => {
    await target.first().waitFor({ timeout: 20_000 });
    await hooks.onStep(label, target);
  };

  // Microsoft Entra ID → App registrations (the admin center's own menu, or the directory's menu blade).
  if (isEntraShell(v)) {
    await page.goto(variantUrl(v, '#home'));
    const menuLink = page.getByRole('link', { name: w.appRegistrations, exact: true });
    await step('App registrations in the menu', menuLink);
    await menuLink.press('Enter');
  } else {
    await page.goto(variantUrl(v, ENTRA_OVERVIEW));
    const menuItem = blade.getByRole(fluent ? 'treeitem' : 'link', { name: w.appRegistrations, exact: true });
    await step('App registrations in the menu', menuItem);
    await menuItem.press('Enter');
  }

  const newRegistration = blade.getByRole(command, { name: w.newRegistration, exact: true });
  await step('New registration', newRegistration);
  await newRegistration.press('Enter');

  const name = blade.getByRole('textbox', { name: w.name, exact: true });
  await step('Name', name);
  await name.fill(appName);
  const register = blade.getByRole('button', { name: w.register, exact: true });
  await step('Register', register);
  await register.press('Enter');

  await blade.getByRole('heading', { name: startsWith(appName) }).waitFor({ timeout: 20_000 });
  const app = state.applications.find((a) => a.displayName === appName);
  if (!app) throw new Error(`the sandbox has no app named ${appName}`);
  await hooks.onRegistered(app);

  const certificates = blade.getByRole(appMenuItem, { name: w.certificates, exact: true });
  await step('Certificates & secrets in the app menu', certificates);
  await certificates.press('Enter');

  const credentials = credentialsSurface(page);
  if (fluent) {
    // The Fluent kit opens Certificates & secrets on its Certificates tab.
    const secretsTab = credentials.getByRole('tab', { name: startsWith(w.clientSecretsTab) });
    await step('Client secrets tab', secretsTab);
    await secretsTab.press('Enter');
  }
  const newSecret = credentials.getByRole(command, { name: w.newClientSecret, exact: true });
  await step('New client secret', newSecret);
  await newSecret.press('Enter');
  const secretPane = credentials.getByRole('dialog', { name: w.addSecretPane });
  await secretPane.getByRole('textbox', { name: w.description, exact: true }).fill('idemeum');
  const expires = secretPane.getByRole('combobox', { name: w.expires, exact: true });
  await step('Expires', expires);
  await expires.selectOption({ label: w.days730 });
  const add = secretPane.getByRole('button', { name: w.add, exact: true });
  await step('Add', add);
  await add.press('Enter');
  await credentials
    .getByRole('row', { name: /idemeum/ })
    .first()
    .waitFor({ timeout: 20_000 });
  await hooks.onSecretAdded(app);

  const apiPermissions = blade.getByRole(appMenuItem, { name: w.apiPermissions, exact: true });
  await step('API permissions in the app menu', apiPermissions);
  await apiPermissions.press('Enter');

  const addPermission = blade.getByRole(command, { name: w.addPermission, exact: true });
  await step('Add a permission', addPermission);
  await addPermission.press('Enter');
  const requestPane = blade.getByRole('dialog', { name: w.requestPane });
  const graph = requestPane.getByRole('button', { name: w.graph, exact: true });
  await step('Microsoft Graph', graph);
  await graph.press('Enter');
  const application = requestPane.getByRole('button', { name: w.applicationPermissions, exact: true });
  await step('Application permissions', application);
  await application.press('Enter');

  // Ticking: any of the 12 permissions' checkboxes, or the box that filters them, is the place to start.
  const filter = requestPane.getByRole('searchbox');
  await step('the permission list', requestPane.getByRole('checkbox').or(filter));
  // Open each permission's group (its toggle is named by the API name's first part and a count), then tick.
  for (const group of new Set(IDEMEUM_ROLE_NAMES.map((p) => p.split('.')[0] ?? p))) {
    const toggle = requestPane.getByRole('button', { name: new RegExp(`^${escapeRegExp(group)} \\(\\d+\\)$`) });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.press('Enter');
  }
  for (const permission of IDEMEUM_ROLE_NAMES) {
    const box = requestPane.getByRole('checkbox', { name: permission, exact: true });
    if (!(await box.isChecked())) await box.press('Space');
  }
  const addPermissions = requestPane.getByRole('button', { name: w.addPermissions, exact: true });
  await step('Add permissions', addPermissions);
  await addPermissions.press('Enter');

  const grant = blade.getByRole(command, { name: w.grant(tenant), exact: true });
  await step('Grant admin consent', grant);
  await grant.press('Enter');
  const yes = blade.getByRole('dialog', { name: w.confirmConsent }).getByRole('button', { name: w.yes, exact: true });
  await step('Yes in the confirmation', yes);
  await yes.press('Enter');
  await yes.waitFor({ state: 'detached' });
}
