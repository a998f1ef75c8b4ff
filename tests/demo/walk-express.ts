// The demo's express path: the sandbox registers the organisation's sign-in client for this extension, the
// admin signs in, runs express setup, and diagnoses the app registered by hand, given by its Object ID.
import { type Harness, sendFromExtensionPage } from '../e2e/harness';
import { wordsOf } from '../support/catalog';
import type { Snap } from './walk';

/** What an organisation does once (README "Express setup"); the demo does it for the sandbox. */
export async function registerSignInClient(h: Harness): Promise<void> {
  const clientId = h.sandbox.state.registerPublicClient(`https://${h.extensionId}.chromiumapp.org/`);
  const page = await h.openExtensionPage('options.html');
  await sendFromExtensionPage(page, { type: 'settings.set', signInClientId: clientId });
  await page.close();
}

/** `language`: the browser's UI language, whose words the express page shows. */
export async function walkExpress(h: Harness, snap: Snap, language = 'en'): Promise<void> {
  const m = wordsOf(language);
  const page = await h.openExtensionPage('express.html');
  await page.getByRole('button', { name: m('sign_in_button') }).waitFor();
  await snap('express-signed-out', page);
  const authWindow = h.context.waitForEvent('page');
  await page.getByRole('button', { name: m('sign_in_button') }).click();
  const auth = await authWindow;
  await auth.getByRole('button', { name: 'Sign in as Adele Vance' }).waitFor();
  await snap('express-sign-in-window', auth);
  await auth.getByRole('button', { name: 'Sign in as Adele Vance' }).click();
  await page.getByRole('button', { name: m('sign_in_forget') }).waitFor({ timeout: 20_000 });
  await page.getByLabel(m('express_app_name')).fill('idemeum (express)');
  await page.getByRole('button', { name: m('express_run') }).click();
  await page.getByText(m('express_done_new', { name: 'idemeum (express)' })).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  await snap('express-done', page);
  await page.getByLabel(m('diagnose_id_label')).fill(h.sandbox.state.applications[0]?.id ?? '');
  await page.getByRole('button', { name: m('diagnose_button'), exact: true }).click();
  await page.getByRole('region', { name: m('diagnose_result_label') }).waitFor();
  await snap('express-diagnosis', page);
}
