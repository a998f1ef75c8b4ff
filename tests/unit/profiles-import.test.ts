import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, importProfiles, importSummary, type Profile, toExport } from '../../lib/profiles/profile';
import { exportFile, generateCustomers } from '../support/customers';
import { currentSecret, guid } from '../support/generated';

const existing: Profile[] = [
  { id: 'a', label: 'Contoso', tenantId: guid(), clientId: guid(), secretHint: 'abc', remindersSent: ['x|30d'] },
];

describe('profile export and import', () => {
  it('round-trips summaries, never a secret, and merges by id', () => {
    const file = JSON.stringify(toExport(existing, 0));
    expect(file).not.toContain('remindersSent');
    const result = importProfiles(file, [{ ...existing[0]!, label: 'Old name' }]);
    expect(result).toMatchObject({ ok: true, added: 0, updated: 1, refused: [] });
    expect(result.ok && result.changed[0]?.label).toBe('Contoso');
    expect(result.ok && result.changed[0]?.remindersSent).toEqual(['x|30d']);
  });

  it('adds new customers and matches the same tenant and client under another id', () => {
    const fabrikam = { id: 'b', label: 'Fabrikam', tenantId: guid(), clientId: guid() };
    const same = { id: 'z', label: 'Contoso again', tenantId: existing[0]!.tenantId, clientId: existing[0]!.clientId };
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      exportedAt: new Date(0).toISOString(),
      profiles: [fabrikam, same],
    });
    const result = importProfiles(file, existing);
    expect(result).toMatchObject({ ok: true, added: 1, updated: 1 });
    expect(result.ok && result.changed.map((p) => p.id).sort()).toEqual(['a', 'b']);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another format', JSON.stringify({ format: 'other', exportedAt: '', profiles: [] }), /not a profiles file/],
    ['no profiles array', JSON.stringify({ format: EXPORT_FORMAT, exportedAt: '' }), /not a profiles file.*profiles/],
  ])('refuses %s as a whole, with a reason, and loses nothing', (_what, text, reason) => {
    const result = importProfiles(text, existing);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(reason);
    expect(!result.ok && result.error).toMatch(/Nothing was imported\.$/);
  });

  it.each([
    ['a profile carrying a secret', { id: 'c', label: 'X', secret: currentSecret() }, /carries “secret”/],
    ['a profile without a label', { id: 'c', label: ' ' }, /^label: /],
    ['a bad date', { id: 'c', label: 'X', secretExpiresAt: 'soon' }, /^secretExpiresAt: /],
  ])('refuses %s on its own, says why, and imports the others', (_what, bad, reason) => {
    const good = { id: 'd', label: 'Good' };
    const text = JSON.stringify({ format: EXPORT_FORMAT, exportedAt: '', profiles: [good, bad] });
    const result = importProfiles(text, existing);
    expect(result).toMatchObject({ ok: true, added: 1, updated: 0 });
    expect(result.ok && result.changed.map((p) => p.id)).toEqual(['d']);
    expect(result.ok && result.refused).toEqual([
      { entry: 2, label: bad.label, reason: expect.stringMatching(reason) },
    ]);
    expect(JSON.stringify(result)).not.toContain((bad as { secret?: string }).secret ?? 'no secret here');
    expect(result.ok && importSummary(result)).toMatch(/^Imported: 1 added, 0 updated, 1 refused\. Entry 2 \(/);
  });

  it('round-trips any count: 2,000 out, 2,000 in, the same file out again', () => {
    const file = exportFile(generateCustomers(2_000));
    const first = importProfiles(file, []);
    expect(first).toMatchObject({ ok: true, added: 2_000, updated: 0, refused: [] });
    const stored = first.ok ? first.changed : [];
    const again = toExport(stored, 0);
    expect(again.profiles).toEqual(JSON.parse(file).profiles);
    expect(importProfiles(JSON.stringify(again), stored)).toMatchObject({ ok: true, added: 0, updated: 2_000 });
  });
});
