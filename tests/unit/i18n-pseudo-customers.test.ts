// The customers' background words in the pseudo-locale (tests/support/pseudo-locale.ts): a reminder run's one
// notification (title and summary, one customer or many, expired, today, soon) and what "Re-check all" answers
// are whole messages with names and counts inside them, and every message these files name is produced here.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteProfiles } from '../../lib/background/profile-deletion';
import { readProfiles } from '../../lib/background/profiles';
import { runReminders } from '../../lib/background/reminders-service';
import { recheckSentence } from '../../lib/profiles/recheck-words';
import { DAY, type ReminderKind, reminderSummary } from '../../lib/profiles/reminders';
import en from '../../public/_locales/en/messages.json';
import { outsideMessages, topLevelMessages, usePseudoLocale } from '../support/pseudo-locale';
import { literalsOf } from '../support/source-strings';

const COVERED = [
  'lib/profiles/reminders.ts',
  'lib/profiles/recheck-words.ts',
  'lib/background/reminders-service.ts',
  'lib/background/profile-deletion.ts',
];

beforeEach(() => fakeBrowser.reset());
const requested = usePseudoLocale('each');

/** One sentence-level message (placeholders may hold others), and no letter outside the messages and names. */
function expectOneMessage(text: string, names: string[] = []) {
  expect(topLevelMessages(text), text).toBe(1);
  expect(outsideMessages(text, names), text).not.toMatch(/\p{L}/u);
}

const NOW = Date.parse('2028-01-10T12:00:00.000Z');
const due = (kind: ReminderKind, days: number, label = 'Contoso') => ({
  kind,
  label,
  expiresAt: new Date(NOW + days * DAY + 1000).toISOString(),
});

describe('pseudo-locale: reminders and re-check all', () => {
  it('a reminder summary is one message, for one customer or many', () => {
    const runs = [
      [due('7d', 6)],
      [due('7d', 1)],
      [due('day', 0)],
      [due('day', -2)],
      [due('day', -2), due('day', -3)],
      [due('day', -2), due('7d', 6)],
      [due('day', 0), due('day', 0)],
      [due('7d', 6), due('14d', 13)],
      [due('day', -2), due('day', -4), due('day', 0), due('7d', 1)],
    ];
    for (const run of runs) expectOneMessage(reminderSummary(run, NOW), ['Contoso']);
  });

  it('the notification of a run has its title and summary from the catalog', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('');
    const expiresAt = new Date(Date.now() + 5 * DAY).toISOString();
    // Stored the old one-item way, which readProfiles migrates: the shortest way to hold one customer.
    await fakeBrowser.storage.local.set({
      profiles: { activeId: 'a', list: [{ id: 'a', label: 'Contoso', secretExpiresAt: expiresAt, remindersSent: [] }] },
    });
    await runReminders(Date.now());
    expect(create).toHaveBeenCalledTimes(1);
    const [, options] = create.mock.calls[0] as unknown as [string, { title: string; message: string }];
    expectOneMessage(options.title);
    expectOneMessage(options.message, ['Contoso']);
  });

  it('what re-check all answers is one message', () => {
    const checked = (...verdicts: ('passed' | 'propagating' | 'incomplete' | 'failed')[]) =>
      verdicts.map((verdict) => ({ verdict }));
    const answers = [
      recheckSentence({ checked: checked('passed'), skipped: 0, missingIds: 0, changed: 0 }),
      recheckSentence({
        checked: checked('passed', 'propagating', 'incomplete', 'failed', 'failed'),
        skipped: 1,
        missingIds: 2,
        changed: 3,
      }),
      recheckSentence({ checked: [], skipped: 2, missingIds: 0, changed: 0 }),
      recheckSentence({ checked: [], skipped: 3, missingIds: 1, changed: 0 }),
    ];
    for (const answer of answers) expectOneMessage(answer);
  });

  it('deleting every customer is refused in one message', async () => {
    const { list } = await readProfiles();
    const refused = await deleteProfiles(list.map((p) => p.id));
    expect(refused.ok).toBe(false);
    expectOneMessage(refused.ok ? '' : refused.error);
  });

  it('every message these files name was produced', () => {
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const keys = new Set(Object.keys(en).map(base));
    const named = new Set(COVERED.flatMap((f) => literalsOf(f).map((l) => l.value)).filter((v) => keys.has(v)));
    expect(named.size).toBeGreaterThan(15);
    const produced = new Set([...requested].map(base));
    expect([...named].filter((k) => !produced.has(k))).toEqual([]);
  });
});
