import { describe, expect, it } from 'vitest';
import {
  DAY,
  dueReminder,
  needsAttention,
  nextReminderAt,
  reminderKey,
  reminderSchedule,
  reminderText,
} from '../../lib/profiles/reminders';

const EXPIRY = '2028-11-25T10:00:00.000Z';
const end = Date.parse(EXPIRY);

describe('reminder scheduling (fake clock)', () => {
  it('schedules 30, 14 and 7 days before, and the start of the day', () => {
    expect(reminderSchedule(EXPIRY)).toEqual([
      { kind: '30d', at: end - 30 * DAY },
      { kind: '14d', at: end - 14 * DAY },
      { kind: '7d', at: end - 7 * DAY },
      { kind: 'day', at: Date.parse('2028-11-25T00:00:00.000Z') },
    ]);
  });

  it('walks a secret’s last month: each reminder once, in order', () => {
    const sent: string[] = [];
    const shown: string[] = [];
    for (let now = end - 40 * DAY; now <= end + DAY; now += 3_600_000) {
      const kind = dueReminder(EXPIRY, sent, now);
      if (kind) {
        shown.push(kind);
        sent.push(reminderKey(EXPIRY, kind));
      }
    }
    expect(shown).toEqual(['30d', '14d', '7d', 'day']);
  });

  it('after a long absence shows only the most urgent reminder, and none long after expiry', () => {
    expect(dueReminder(EXPIRY, [], end - 3 * DAY)).toBe('7d');
    expect(dueReminder(EXPIRY, [reminderKey(EXPIRY, '7d')], end - 3 * DAY)).toBeUndefined();
    expect(dueReminder(EXPIRY, [], end + 30 * DAY)).toBeUndefined();
    expect(dueReminder(undefined, [], end)).toBeUndefined();
  });

  it('sets the next alarm at the next reminder not yet sent', () => {
    expect(nextReminderAt(EXPIRY, [], end - 60 * DAY)).toBe(end - 30 * DAY);
    expect(nextReminderAt(EXPIRY, [reminderKey(EXPIRY, '14d')], end - 20 * DAY)).toBe(end - 7 * DAY);
    expect(nextReminderAt(EXPIRY, [], end + DAY)).toBeUndefined();
  });

  it('needs attention within 30 days, and says so in words', () => {
    expect(needsAttention(EXPIRY, end - 31 * DAY)).toBe(false);
    expect(needsAttention(EXPIRY, end - 29 * DAY)).toBe(true);
    expect(reminderText('14d', 'Contoso', EXPIRY, end - 14 * DAY)).toBe(
      'The client secret for Contoso expires in 14 days. Click to rotate it.',
    );
    expect(reminderText('day', 'Contoso', EXPIRY, end - 3_600_000)).toBe(
      'The client secret for Contoso expires today. Rotate it now.',
    );
    expect(reminderText('day', 'Contoso', EXPIRY, end + DAY)).toMatch(/has expired/);
  });
});
