// A check that threw (the browser refused the Origin rule, storage failed…) still ends, in words: the
// popup must never stay on "Checking…" or say only "Something went wrong".
import { t } from '../i18n/t';
import { REQUIRED_GRAPH_ROLES } from '../requirements';
import { type CheckRecord, read, update, write } from '../store';
import { showBadge } from './badge';

export async function endCheckThatThrew(error: unknown): Promise<CheckRecord> {
  try {
    return await recordThrownCheck(error);
  } catch (failure) {
    // Storage itself failed: at least the check must not stay "running".
    await update('check', (c) => c && { ...c, runningSince: undefined }).catch(() => undefined);
    throw failure;
  }
}

async function recordThrownCheck(error: unknown): Promise<CheckRecord> {
  const credentials = await read('credentials');
  const reason = error instanceof Error ? error.message : String(error);
  const record: CheckRecord = {
    result: {
      verdict: 'failed',
      permissions: REQUIRED_GRAPH_ROLES.map((r) => ({ name: r.name, status: 'unknown' as const })),
      extras: [],
      diagnosis: {
        title: t('check_thrown_title'),
        fix: t('check_thrown_fix', { reason }),
      },
      domains: [],
      groups: [],
      requestCount: 0,
      checkedAt: Date.now(),
      checkedFor: {
        tenantId: credentials?.tenantId ?? '',
        clientId: credentials?.clientId ?? '',
        secretHint: credentials?.secretHint ?? '',
      },
    },
  };
  await write('check', record);
  await showBadge(record);
  return record;
}
