import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, importProfiles, type Profile, toExport } from '../../lib/profiles/profile';
import { currentSecret, guid } from '../support/generated';

const existing: Profile[] = [
  { id: 'a', label: 'Contoso', tenantId: guid(), clientId: guid(), secretHint: 'abc', remindersSent: ['x|30d'] },
];

describe('profile export and import', () => {
  it('round-trips summaries, never a secret, and merges by id', () => {
    const file = JSON.stringify(toExport(existing, 0));
    expect(file).not.toContain('remindersSent');
    const result = importProfiles(file, [{ ...existing[0]!, label: 'Old name' }]);
    expect(result).toMatchObject({ ok: true, added: 0, updated: 1 });
    expect(result.ok && result.profiles[0]?.label).toBe('Contoso');
    expect(result.ok && result.profiles[0]?.remindersSent).toEqual(['x|30d']);
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
    expect(result.ok && result.profiles.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another format', JSON.stringify({ format: 'other', exportedAt: '', profiles: [] }), /not a profiles file/],
    [
      'a profile carrying a secret',
      JSON.stringify({
        format: EXPORT_FORMAT,
        exportedAt: '',
        profiles: [{ id: 'c', label: 'X', secret: currentSecret() }],
      }),
      /profiles\.0/,
    ],
    [
      'a profile without a label',
      JSON.stringify({ format: EXPORT_FORMAT, exportedAt: '', profiles: [{ id: 'c', label: ' ' }] }),
      /label/,
    ],
    [
      'a bad date',
      JSON.stringify({
        format: EXPORT_FORMAT,
        exportedAt: '',
        profiles: [{ id: 'c', label: 'X', secretExpiresAt: 'soon' }],
      }),
      /secretExpiresAt/,
    ],
  ])('refuses %s with a reason, and loses nothing', (_what, text, reason) => {
    const result = importProfiles(text, existing);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(reason);
    expect(!result.ok && result.error).toMatch(/Nothing was imported\.$/);
  });
});
