// The check's outcome as stored and shown: per permission, the overall verdict, the diagnosis, and the
// tenant context idemeum's forms need.
import { z } from 'zod';
import { Diagnosis } from './diagnosis';

export const PermissionStatus = z.enum(['granted', 'propagating', 'not-granted', 'missing', 'unknown']);
export type PermissionStatus = z.infer<typeof PermissionStatus>;

export const VerifiedDomain = z.object({
  name: z.string(),
  isDefault: z.boolean(),
  isInitial: z.boolean(),
  type: z.string(),
});
export type VerifiedDomain = z.infer<typeof VerifiedDomain>;

export const CheckVerdict = z.enum(['passed', 'propagating', 'incomplete', 'failed']);
export type CheckVerdict = z.infer<typeof CheckVerdict>;

export const CheckResult = z.object({
  verdict: CheckVerdict,
  permissions: z.array(z.object({ name: z.string(), status: PermissionStatus })),
  /** Granted Graph app roles idemeum does not need (names where known, else ids). */
  extras: z.array(z.string()),
  diagnosis: Diagnosis.optional(),
  domains: z.array(VerifiedDomain),
  groups: z.array(z.object({ id: z.string(), displayName: z.string() })),
  requestCount: z.number(),
  checkedAt: z.number(),
  /** Which credentials were checked: tenant, client and the secret's hint, never the secret. */
  checkedFor: z.object({ tenantId: z.string(), clientId: z.string(), secretHint: z.string() }),
});
export type CheckResult = z.infer<typeof CheckResult>;
