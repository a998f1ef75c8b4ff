// The idemeum guide's words in the pseudo-locale (tests/support/pseudo-locale.ts): each step's sentence and
// where-to-look line is one whole message, before and after the forms are saved, with idemeum's own names
// (English, as the console shows them) only inside its placeholders; and every message the playbook names
// is produced here.
import { describe, expect, it } from 'vitest';
import { idemeumNames } from '../../lib/fill/idemeum-labels';
import { idemeumSteps } from '../../lib/playbook/idemeum';
import type { StepContext } from '../../lib/playbook/types';
import { EMPTY_STATE } from '../../lib/state-client';
import en from '../../public/_locales/en/messages.json';
import { outsideMessages, topLevelMessages, usePseudoLocale } from '../support/pseudo-locale';
import { literalsOf } from '../support/source-strings';

const requested = usePseudoLocale();

const steps = idemeumSteps(async () => {});
/** idemeum's names a step may quote: data, not ours (longest first, so none is cut). */
const quoted = Object.values(idemeumNames).sort((a, b) => b.length - a.length);

function expectOneMessage(text: string) {
  expect(topLevelMessages(text), text).toBe(1);
  expect(outsideMessages(text, quoted), text).not.toMatch(/\p{L}/u);
}

const context = (saved: boolean): StepContext<string> => ({
  doc: document,
  route: '',
  state: saved ? { ...EMPTY_STATE, idemeum: { userSourceSavedAt: 1, jitSavedAt: 1 } } : EMPTY_STATE,
  skipped: new Set(),
});

describe('pseudo-locale: the idemeum guide', () => {
  it.each([false, true])('every step’s text, where to look and action, forms saved: %s', (saved) => {
    const ctx = context(saved);
    for (const step of steps) {
      expectOneMessage(typeof step.text === 'function' ? step.text(ctx) : step.text);
      expectOneMessage(typeof step.lookFor === 'function' ? step.lookFor(ctx) : step.lookFor);
      const label = step.action?.label;
      if (label) expectOneMessage(typeof label === 'function' ? label() : label);
    }
  });

  it('quotes idemeum’s controls in English, as the console shows them', () => {
    const look = steps.find((s) => s.id === 'idemeum.open-user-source')?.lookFor;
    const text = typeof look === 'function' ? look(context(false)) : (look ?? '');
    expect(text).toContain(idemeumNames.userSource);
    expect(text).toContain(idemeumNames.users);
  });

  it('every message the playbook names was produced', () => {
    const keys = new Set(Object.keys(en));
    const named = new Set(
      literalsOf('lib/playbook/idemeum.ts')
        .map((l) => l.value)
        .filter((v) => keys.has(v)),
    );
    expect(named.size).toBeGreaterThan(25);
    expect([...named].filter((k) => !requested.has(k))).toEqual([]);
  });
});
