// Finding, listing and summing up customers: the picker's search, the options page's order, and the
// words of a reminder run and of "Re-check all".
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../lib/profiles/profile';
import { recheckSentence } from '../../lib/profiles/recheck-words';
import { attentionList, DAY, reminderSummary } from '../../lib/profiles/reminders';
import { listCustomers, searchCustomers } from '../../lib/profiles/search';
import { generateCustomers } from '../support/customers';

const NOW = Date.parse('2028-01-10T12:00:00.000Z');
const generated = generateCustomers(2_000, { now: NOW, due: 40 });
const customers: Profile[] = generated.map((c) => ({ ...c, remindersSent: [] }));

describe('the customer picker', () => {
  it('finds by domain fragment, tenant ID prefix, console host and name, and shows a bounded number', () => {
    const target = generated[1233]!;
    expect(searchCustomers(customers, [], target.domain.slice(0, 8), 20)).toEqual({
      matches: [
        {
          id: target.id,
          label: target.label,
          domain: target.domain,
          tenantId: target.tenantId,
          idemeumHost: target.idemeumHost,
        },
      ],
      total: 1,
    });
    expect(searchCustomers(customers, [], target.tenantId.slice(0, 8).toUpperCase(), 20).matches[0]?.id).toBe(
      target.id,
    );
    expect(searchCustomers(customers, [], target.idemeumHost, 20).matches.map((m) => m.id)).toEqual([target.id]);
    const many = searchCustomers(customers, [], 'cust12', 20);
    expect(many.total).toBe(100);
    expect(many.matches).toHaveLength(20);
  });

  it('puts recent customers first, before anything is typed and among equal matches', () => {
    const recent = [customers[1999]!.id, customers[7]!.id];
    expect(searchCustomers(customers, recent, '', 3).matches.map((m) => m.id)).toEqual([
      customers[1999]!.id,
      customers[7]!.id,
      customers[0]!.id,
    ]);
    expect(searchCustomers(customers, recent, 'Customer cust', 2).matches.map((m) => m.id)).toEqual(recent);
  });
});

describe('the options page list', () => {
  it('sorts by expiry (soonest first) and by last check (never checked first), and filters to attention', () => {
    const byExpiry = listCustomers(customers, { query: '', attentionOnly: false, now: NOW }, 'expiry');
    const expiries = byExpiry.map((p) => Date.parse(p.secretExpiresAt!));
    expect(expiries).toEqual([...expiries].sort((a, b) => a - b));
    const checked = customers.map((p, i) =>
      i === 3 ? { ...p, lastCheck: { verdict: 'passed' as const, at: NOW } } : p,
    );
    expect(listCustomers(checked, { query: '', attentionOnly: false, now: NOW }, 'lastCheck').at(-1)?.id).toBe(
      customers[3]!.id,
    );
    expect(listCustomers(customers, { query: '', attentionOnly: true, now: NOW }, 'name')).toHaveLength(40);
  });
});

describe('words for many customers', () => {
  it('one reminder for a run: the one customer in full, or how many and how soon', () => {
    const one = [{ kind: '7d' as const, label: 'Contoso', expiresAt: new Date(NOW + 6 * DAY + 1000).toISOString() }];
    expect(reminderSummary(one, NOW)).toBe('The client secret for Contoso expires in 6 days. Click to rotate it.');
    const mixed = [
      ...one,
      { kind: 'day' as const, label: 'Fabrikam', expiresAt: new Date(NOW - 2 * DAY).toISOString() },
      { kind: '14d' as const, label: 'Northwind', expiresAt: new Date(NOW + 13 * DAY + 1000).toISOString() },
    ];
    expect(reminderSummary(mixed, NOW)).toBe(
      '1 customer’s client secret has expired; 2 customers’ secrets expire within 14 days. Click to see the list.',
    );
  });

  it('needs attention: the most urgent first', () => {
    const list = attentionList(customers, NOW);
    expect(list).toHaveLength(40);
    expect(list.map((a) => a.daysLeft)).toEqual([...list.map((a) => a.daysLeft)].sort((a, b) => a - b));
  });

  it('re-check all answers in counts', () => {
    const checked = [{ verdict: 'passed' as const }, { verdict: 'passed' as const }, { verdict: 'failed' as const }];
    expect(recheckSentence({ checked, skipped: 1997, missingIds: 0, changed: 0 })).toBe(
      'Checked 3 customers (2 passed, 1 failed). 1,997 skipped: their secret is not in this browser session.',
    );
    expect(recheckSentence({ checked: [], skipped: 2, missingIds: 0, changed: 0 })).toBe(
      'Nothing was checked: no customer’s secret is in this browser session (2).',
    );
  });

  it('re-check all says why a customer whose secret is in hand was not checked', () => {
    expect(recheckSentence({ checked: [{ verdict: 'passed' }], skipped: 0, missingIds: 2, changed: 1 })).toBe(
      'Checked 1 customer (1 passed). 2 skipped: the tenant ID or client ID is missing. 1 changed while being checked: check them again.',
    );
    expect(recheckSentence({ checked: [], skipped: 3, missingIds: 1, changed: 0 })).toBe(
      'Nothing was checked. 3 skipped: their secret is not in this browser session. 1 skipped: the tenant ID or client ID is missing.',
    );
  });
});
