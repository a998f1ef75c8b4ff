// Lands what express setup made in the same store the portal capture fills, so the same check runs and
// the admin goes straight to "Send to idemeum". Another customer's work in progress is never overwritten:
// a different tenant gets its own profile.
import { checkField } from '../credentials';
import { t } from '../i18n/t';
import type { Request } from '../messages';
import { update } from '../store';
import { acceptValue } from './credential-updates';
import { createProfile, readProfiles, switchProfile, syncActiveProfile } from './profiles';
import { touchSecret } from './secret-lifetime';

type ExpressResult = Extract<Request, { type: 'express.result' }>;

async function selectProfileFor(result: ExpressResult): Promise<void> {
  const active = await syncActiveProfile();
  const profiles = await readProfiles();
  const same = profiles.list.find((p) => p.tenantId === result.tenantId && p.clientId === result.clientId);
  if (same) {
    await switchProfile(same.id);
    return;
  }
  if (active?.tenantId && active.tenantId !== result.tenantId) {
    await createProfile(
      result.tenantName?.slice(0, 100) || t('profile_tenant_label', { id: result.tenantId.slice(0, 8) }),
    );
  }
}

/** One result at a time: two at once could both decide to make a new profile. */
let queue: Promise<unknown> = Promise.resolve();

export function acceptExpressResult(
  result: ExpressResult,
  now: number,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const next = queue.then(() => land(result, now));
  queue = next.catch(() => undefined);
  return next;
}

/** Checks every value first: bad input changes nothing, not even the active profile. */
async function land(result: ExpressResult, now: number): Promise<{ ok: true } | { ok: false; error: string }> {
  const fields = [
    ['tenantId', result.tenantId],
    ['clientId', result.clientId],
    ...(result.secret ? [['secret', result.secret.value] as const] : []),
  ] as const;
  for (const [field, value] of fields) {
    const checked = checkField(field, value);
    if (!checked.ok) return { ok: false, error: checked.message };
  }
  if (result.objectId === result.clientId) return { ok: false, error: t('express_object_id_is_client_id') };
  await selectProfileFor(result);
  await acceptValue('tenantId', result.tenantId, now, 'page');
  await acceptValue('objectId', result.objectId, now, 'page');
  await acceptValue('clientId', result.clientId, now, 'page');
  if (result.secret) {
    await acceptValue('secret', result.secret.value, now, 'page', result.secret.expiresAt);
    await touchSecret(now);
  }
  // A new secret (and maybe app) may be refused for a minute or so: the check then waits instead of blaming it.
  if (result.secret) await update('credentials', (c) => ({ ...c, createdAt: now }));
  // What the portal page last showed belonged to whatever app it showed; consent just granted makes the
  // check wait for tokens to carry the roles.
  await update('portal', (p) => ({
    ...p,
    permissions: undefined,
    consentObservedAt: result.consentGranted ? now : p?.consentObservedAt,
  }));
  return { ok: true };
}
