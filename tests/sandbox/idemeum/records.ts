// What each idemeum tenant host saved, kept beside the shared state (which this replica must not change).
import type { SandboxState } from '../tenant-state';
import type { WordingName } from './wording';

export interface EntraConnection {
  /** As typed in the console (trimmed): a GUID or a domain. */
  directoryTenantId: string;
  applicationClientId: string;
  clientSecret: string;
  /** The Entra tenant the credentials were redeemed in. */
  resolvedTenantId: string;
}

export interface UserSourceRecord {
  /** The option value as this console version names it: 'idemeum', 'entraid' or 'azuread'. */
  source: string;
  entra?: EntraConnection & { onboardingDomain: string };
  scheme: 'https' | 'http';
  savedAt: string;
}

export interface GroupMapping {
  groupId: string;
  groupName: string;
  role: string;
}

export interface ManagedPasswordAppRecord {
  id: string;
  name: string;
  /** 'web', 'desktop', 'rdp' or 'ssh'. */
  applicationType: string;
  /** 'entra-oidc' or 'password'. */
  credentials: string;
  entra?: EntraConnection & {
    disableJitAfterHours: number;
    provisioningDomain: string;
    groupMapping?: GroupMapping;
    /** Full user principal names on the directory's initial (onmicrosoft.com) domain. */
    lapsAccounts: string[];
  };
  scheme: 'https' | 'http';
  savedAt: string;
}

export interface CredentialValidationRecord {
  at: string;
  scheme: 'https' | 'http';
  directoryTenantId: string;
  applicationClientId: string;
  ok: boolean;
  /** Microsoft's error code when it failed, e.g. 'AADSTS7000215'. */
  errorCode?: string;
}

export interface IdemeumTenantRecords {
  host: string;
  wording: WordingName;
  userSource?: UserSourceRecord;
  passwordApps: ManagedPasswordAppRecord[];
  /** Every "Validate" press that reached the backend. */
  validations: CredentialValidationRecord[];
}

const recordsByState = new WeakMap<SandboxState, Map<string, IdemeumTenantRecords>>();

/** What each idemeum tenant host saved, keyed by host (without port). Live: later saves show up. */
export function idemeumConsoleRecords(state: SandboxState): ReadonlyMap<string, IdemeumTenantRecords> {
  return allRecords(state);
}

function allRecords(state: SandboxState): Map<string, IdemeumTenantRecords> {
  let map = recordsByState.get(state);
  if (!map) {
    map = new Map();
    recordsByState.set(state, map);
  }
  return map;
}

export function recordsOfHost(state: SandboxState, host: string, wording: WordingName): IdemeumTenantRecords {
  const map = allRecords(state);
  let records = map.get(host);
  if (!records) {
    records = { host, wording, passwordApps: [], validations: [] };
    map.set(host, records);
  }
  return records;
}

/** Records of a host, without creating an entry for a host that saved nothing. */
export function peekRecordsOfHost(state: SandboxState, host: string): IdemeumTenantRecords | undefined {
  return allRecords(state).get(host);
}
