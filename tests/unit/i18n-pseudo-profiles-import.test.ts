// A profiles import's words in the pseudo-locale (tests/support/pseudo-locale.ts): a file refused as a whole,
// each kind of refused entry and the summary are whole messages with the file's own names (field names,
// labels) only inside placeholders; and every message lib/profiles/profile.ts names is produced here.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, importProfiles, importSummary } from '../../lib/profiles/profile';
import en from '../../public/_locales/en/messages.json';
import { outsideMessages, topLevelMessages, usePseudoLocale } from '../support/pseudo-locale';
import { literalsOf } from '../support/source-strings';

const requested = usePseudoLocale();

function expectOneMessage(text: string, names: string[] = []) {
  expect(topLevelMessages(text), text).toBe(1);
  expect(outsideMessages(text, names), text).not.toMatch(/\p{L}/u);
}

const fileOf = (profiles: unknown[]) => JSON.stringify({ format: EXPORT_FORMAT, exportedAt: '', profiles });
const label = () => `Customer ${crypto.randomUUID().slice(0, 8)}`;

describe('pseudo-locale: importing profiles', () => {
  it('a file refused as a whole says so in one message', () => {
    for (const text of ['{oops', '[]', JSON.stringify({ format: 'other', exportedAt: '', profiles: [] })]) {
      const result = importProfiles(text, []);
      expect(result.ok).toBe(false);
      expectOneMessage(result.ok ? '' : result.error, ['format']);
    }
  });

  it('each refused entry and the summary are whole messages, names inside', () => {
    const labels = Array.from({ length: 7 }, label);
    const bad = [
      'not a profile',
      { id: 'a', label: labels[0], secret: crypto.randomUUID() },
      { id: 'b', label: labels[1], secretExpiresAt: 'soon' },
      { id: 'c d', label: labels[2] },
      { id: 'd', label: labels[3], tenantId: 'x'.repeat(65) },
      { id: 'e', label: labels[4], lastCheck: { verdict: 'maybe', at: 0 } },
      { id: 'f', label: ' ' },
    ];
    const result = importProfiles(fileOf([{ id: 'ok', label: labels[5] }, ...bad]), []);
    expect(result).toMatchObject({ ok: true, added: 1 });
    if (!result.ok) return;
    expect(result.refused).toHaveLength(bad.length);
    const names = [...labels, 'secret', 'secretExpiresAt', 'tenantId', 'lastCheck.verdict', 'label', 'id'];
    for (const { reason } of result.refused) expectOneMessage(reason, names);
    expectOneMessage(importSummary(result), names);
  });

  it('every message the file names was produced', () => {
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const keys = new Set(Object.keys(en).map(base));
    const named = new Set(
      literalsOf('lib/profiles/profile.ts')
        .map((l) => l.value)
        .filter((v) => keys.has(v)),
    );
    expect(named.size).toBeGreaterThan(15);
    const produced = new Set([...requested].map(base));
    expect([...named].filter((k) => !produced.has(k))).toEqual([]);
  });
});
