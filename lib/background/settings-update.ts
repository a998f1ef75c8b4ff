// Applies a settings change from the options page; the sign-in client's values are checked first.
import { SignInAuthority, SignInClientId } from '../express/sign-in-settings';
import { t } from '../i18n/t';
import type { Request } from '../messages';
import { update } from '../store';
import { DEFAULT_IDLE_MINUTES } from './secret-lifetime';

type SettingsChange = Extract<Request, { type: 'settings.set' }>;

export async function updateSettings(change: SettingsChange): Promise<{ ok: true } | { ok: false; error: string }> {
  const clientId = change.signInClientId === undefined ? undefined : SignInClientId.safeParse(change.signInClientId);
  if (clientId && !clientId.success)
    return { ok: false, error: clientId.error.issues[0]?.message ?? t('settings_bad_client_id') };
  // An empty authority means the default one.
  const authority = !change.signInAuthority?.trim() ? undefined : SignInAuthority.safeParse(change.signInAuthority);
  if (authority && !authority.success) {
    return { ok: false, error: authority.error.issues[0]?.message ?? t('settings_bad_authority') };
  }
  await update('settings', (current) => ({
    forgetSecretAfterFill: change.forgetSecretAfterFill ?? current?.forgetSecretAfterFill ?? false,
    secretIdleMinutes: change.secretIdleMinutes ?? current?.secretIdleMinutes ?? DEFAULT_IDLE_MINUTES,
    signInClientId: clientId ? clientId.data || undefined : current?.signInClientId,
    signInAuthority: authority
      ? authority.data
      : change.signInAuthority === undefined
        ? current?.signInAuthority
        : undefined,
  }));
  return { ok: true };
}
