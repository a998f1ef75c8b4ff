// Accepting a value for one of the three fields, whether the portal captured it or the admin typed it.
import { type CredentialField, checkField, ObjectId } from '../credentials';
import { t } from '../i18n/t';
import { read, update, write } from '../store';

export type ValueUpdate = { ok: true; changed: boolean; warning?: string } | { ok: false; error: string };

export async function acceptValue(
  field: CredentialField | 'objectId',
  raw: string,
  now: number,
  source: 'page' | 'typed',
  expiresAt?: string,
): Promise<ValueUpdate> {
  if (field === 'objectId') {
    const parsed = ObjectId.safeParse(raw);
    if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? t('credentials_invalid') };
    await update('credentials', (c) => ({ ...c, objectId: parsed.data }));
    return { ok: true, changed: false };
  }
  const checked = checkField(field, raw);
  if (!checked.ok) return { ok: false, error: checked.message };
  const current = await read('credentials');
  if (field === 'clientId' && current?.objectId === checked.value) {
    return { ok: false, error: t('credentials_object_id_as_client_id') };
  }
  if (field === 'secret') {
    const existing = await read('secret');
    if (existing?.value === checked.value) return { ok: true, changed: false, warning: checked.warning };
    await write('secret', { value: checked.value, capturedAt: now });
    await write('credentials', {
      ...current,
      secretHint: checked.value.slice(0, 3),
      secretExpiresAt: expiresAt,
      updatedAt: now,
    });
  } else {
    if (current?.[field] === checked.value) return { ok: true, changed: false };
    const otherApp = source === 'page' && !!current?.[field];
    if (otherApp) {
      // The portal now shows another app: a secret captured for the previous one does not belong to it.
      await write('secret', undefined);
      await write('credentials', {
        ...current,
        secretHint: undefined,
        secretExpiresAt: undefined,
        [field]: checked.value,
        updatedAt: now,
      });
    } else {
      await write('credentials', { ...current, [field]: checked.value, updatedAt: now });
    }
  }
  // A result for other credentials no longer says anything about these.
  await write('check', undefined);
  if (field === 'clientId' && current?.clientId) {
    // Another app: the permission rows and the consent the portal showed were the previous app's.
    await forgetPortalReadings();
  }
  return { ok: true, changed: true, warning: checked.warning };
}

/** "Forget credentials": the secret and the IDs, the check made with them, and what the portal showed of that app. */
export async function forgetCredentials(): Promise<void> {
  await Promise.all([
    write('secret', undefined),
    write('credentials', undefined),
    write('check', undefined),
    forgetPortalReadings(),
  ]);
}

/** The permission rows and the consent the portal showed belong to one app: gone with it. */
async function forgetPortalReadings(): Promise<void> {
  await update('portal', (p) =>
    p
      ? {
          ...p,
          permissions: undefined,
          consentObservedAt: undefined,
          consentPressedAt: undefined,
          statusUnreadSince: undefined,
        }
      : p,
  );
}
