// Generated customers for tests and the benchmark: GUIDs and invented domains made at run time, never
// real tenant data. Every `dueEvery`-th customer's secret expires within 14 days.
import { randomUUID } from 'node:crypto';

export interface GeneratedCustomer {
  id: string;
  label: string;
  tenantId: string;
  clientId: string;
  domain: string;
  idemeumHost: string;
  secretHint: string;
  secretExpiresAt: string;
}

const DAY = 86_400_000;

export function generateCustomers(
  count: number,
  options: { now?: number; due?: number; prefix?: string } = {},
): GeneratedCustomer[] {
  const now = options.now ?? Date.now();
  const due = options.due ?? 0;
  const prefix = options.prefix ?? 'cust';
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    // The first `due` customers expire within 14 days (a reminder is due), the rest in a year or more.
    const expiresIn = i < due ? (3 + (i % 10)) * DAY + 3_600_000 : (400 + (i % 300)) * DAY;
    return {
      id: randomUUID(),
      label: `Customer ${prefix} ${n}`,
      tenantId: randomUUID(),
      clientId: randomUUID(),
      domain: `${prefix}${n}.example`,
      idemeumHost: `${prefix}${n}.idemeum.com`,
      secretHint: randomUUID().slice(0, 3),
      secretExpiresAt: new Date(now + expiresIn).toISOString(),
    };
  });
}

export function exportFile(customers: readonly object[]): string {
  return JSON.stringify({
    format: 'idemeum-entra-assist/profiles@1',
    exportedAt: new Date().toISOString(),
    profiles: customers,
  });
}
