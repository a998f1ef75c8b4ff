// MSP admins switch directories all day: an app's Overview in another tenant than the active customer
// profile's must not overwrite that profile. The capture is refused before anything is stored, the
// tenant is remembered so that the popup can offer a new profile (which starts with an empty portal
// context, so the same Overview is then captured into it).
import type { CredentialField } from '../credentials';
import { t } from '../i18n/t';
import { read, update } from '../store';
import { createProfile } from './profiles';

/**
 * Undefined when the page's value may be stored; else why not (in words). Each tab's directory is the
 * tenant ID its last app Overview showed. A client ID, Object ID or secret is stored only from a tab whose
 * directory is known and is the profile's (or the profile has none yet); another tab, on the profile's own
 * directory, is not held up by one showing another tenant.
 */
export async function refuseOtherTenant(
  field: CredentialField | 'objectId',
  value: string,
  now: number,
  tabId: number | undefined,
): Promise<string | undefined> {
  const [credentials, portal] = await Promise.all([read('credentials'), read('portal')]);
  const tab = String(tabId);
  if (field === 'tenantId') {
    const tenantId = value.trim().toLowerCase();
    await update('tabTenants', (t) => ({ ...t, [tab]: tenantId }));
    if (credentials?.tenantId && credentials.tenantId !== tenantId) {
      await update('portal', (p) => ({ ...p, otherTenant: { tenantId, at: now, tabId } }));
      return t('capture_other_tenant');
    }
    if (portal?.otherTenant?.tabId === tabId) await update('portal', (p) => ({ ...p, otherTenant: undefined }));
    return undefined;
  }
  if (portal?.otherTenant && portal.otherTenant.tabId === tabId) return t('capture_other_tenant');
  if (field === 'clientId' && credentials?.tenantId && value.trim().toLowerCase() === credentials.clientId) {
    // The profile's own app on screen: this tab shows the profile's directory.
    await update('tabTenants', (known) => ({ ...known, [tab]: credentials.tenantId as string }));
    return undefined;
  }
  const tabTenant = (await read('tabTenants'))?.[tab];
  if (!tabTenant) return t('capture_tenant_unknown');
  return credentials?.tenantId && credentials.tenantId !== tabTenant ? t('capture_other_tenant') : undefined;
}

/**
 * A new profile, made from the popup. The portal's route is the tab's, not the profile's: the new profile's
 * guide goes on where the admin is, so an app of another tenant on screen is then captured into it.
 */
export async function createProfileHere(label: string): Promise<string> {
  const route = (await read('portal'))?.route;
  await update('portal', (p) => (p ? { ...p, otherTenant: undefined } : p));
  const id = await createProfile(label);
  await update('portal', (p) => ({ ...p, route: p?.route ?? route }));
  return id;
}
