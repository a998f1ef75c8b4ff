// The demo's express path: the sandbox registers the organisation's sign-in client for this extension, the
// admin signs in, runs express setup, and diagnoses the app registered by hand, given by its Object ID.
import { type Harness, sendFromExtensionPage } from '../e2e/harness';
import type { Snap } from './walk';

/** What an organisation does once (README "Express setup"); the demo does it for the sandbox. */
export async function registerSignInClient(h: Harness): Promise<void> {
  const clientId = h.sandbox.state.registerPublicClient(`https://${h.extensionId}.chromiumapp.org/`);
  const page = await h.openExtensionPage('options.html');
  await sendFromExtensionPage(page, { type: 'settings.set', signInClientId: clientId });
  await page.close();
}

export async function walkExpress(h: Harness, snap: Snap): Promise<void> {
  const page = await h.openExtensionPage('express.html');
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).waitFor();
  await snap('express-signed-out', page);
  const authWindow = h.context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  const auth = await authWindow;
  await auth.getByRole('button', { name: 'Sign in as Adele Vance' }).waitFor();
  await snap('express-sign-in-window', auth);
  await auth.getByRole('button', { name: 'Sign in as Adele Vance' }).click();
  await page.getByText('Signed in as Adele Vance').waitFor({ timeout: 20_000 });
  await page.getByLabel('App name').fill('idemeum (express)');
  await page.getByRole('button', { name: 'Run express setup' }).click();
  await page.getByText('Done:').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  await snap('express-done', page);
  await page.getByLabel('Client ID or Object ID').fill(h.sandbox.state.applications[0]?.id ?? '');
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await page.getByRole('region', { name: 'Diagnosis of the app' }).waitFor();
  await snap('express-diagnosis', page);
}
