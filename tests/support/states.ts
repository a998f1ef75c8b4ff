// Public states for component tests, one per situation the popup must show. IDs are generated.
import type { PublicState } from '../../lib/background/public-state';
import type { CheckResult, PermissionStatus } from '../../lib/entra/check-result';
import { REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import { guid } from './generated';

export const NOW = Date.parse('2026-11-26T12:00:00Z');
const tenantId = guid();
const clientId = guid();

export const empty: PublicState = { credentials: {}, check: { running: false }, portal: {} };

export const partlyCaptured: PublicState = { ...empty, credentials: { tenantId, clientId } };

const complete: PublicState['credentials'] = {
  tenantId,
  clientId,
  secret: { masked: 'abc••••••••', expiresAt: '2028-11-25T12:00:00Z' },
};

export const checking: PublicState = { ...empty, credentials: complete, check: { running: true } };

function result(statuses: (i: number) => PermissionStatus, extra: Partial<CheckResult> = {}): CheckResult {
  const permissions = REQUIRED_GRAPH_ROLES.map((r, i) => ({ name: r.name, status: statuses(i) }));
  const granted = permissions.filter((p) => p.status === 'granted').length;
  return {
    verdict: granted === 12 ? 'passed' : 'incomplete',
    permissions,
    extras: [],
    domains: [],
    groups: [],
    requestCount: 4,
    checkedAt: NOW - 5_000,
    checkedFor: { tenantId, clientId, secretHint: 'abc' },
    ...extra,
  };
}

export const allGranted: PublicState = {
  ...empty,
  credentials: complete,
  check: { running: false, result: result(() => 'granted') },
};

export const partlyGranted: PublicState = {
  ...empty,
  credentials: complete,
  check: {
    running: false,
    result: result((i) => (i < 9 ? 'granted' : 'not-granted'), {
      diagnosis: { title: '3 of the 12 permissions have no admin consent.', fix: 'Grant admin consent.' },
    }),
  },
};

export const failedWithDiagnosis: PublicState = {
  ...empty,
  credentials: complete,
  check: {
    running: false,
    result: result(() => 'unknown', {
      verdict: 'failed',
      diagnosis: {
        title: 'Entra rejected the client secret.',
        fix: 'This is usually the Secret ID pasted instead of the secret’s Value.',
        field: 'secret',
        code: 'AADSTS7000215',
        microsoftText: 'AADSTS7000215: Invalid client secret provided.',
      },
    }),
  },
};

export const sent: PublicState = {
  ...allGranted,
  idemeum: { host: 'acme.idemeum.com', userSourceSavedAt: NOW - 60_000, jitSavedAt: NOW - 10_000 },
};

export { clientId, tenantId };
