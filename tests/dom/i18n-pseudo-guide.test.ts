// The portal guide's words in the pseudo-locale (tests/support/pseudo-locale.ts): each step's sentence and
// where-to-look line is one whole message, whatever the portal's language, with the portal's own wordings
// only inside its placeholders; and every message the playbook names is produced here.
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n/t';
import { portalSteps } from '../../lib/playbook/portal';
import type { Language } from '../../lib/wording/languages';
import { displayWording } from '../../lib/wording/match';
import { type Concept, PORTAL_WORDINGS } from '../../lib/wording/portal-wordings';
import en from '../../public/_locales/en/messages.json';
import { contextOn, wordsOf } from '../support/portal-steps';
import { outsideMessages, topLevelMessages, usePseudoLocale } from '../support/pseudo-locale';
import { literalsOf } from '../support/source-strings';

const requested = usePseudoLocale();

const API = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${crypto.randomUUID()}`;

/** The portal's words a step may quote in a language: data, not ours (longest first, so none is cut). */
function quotedIn(language: Language | undefined): string[] {
  const concepts = Object.keys(PORTAL_WORDINGS) as Concept[];
  return concepts.map((c) => displayWording(c, language, t('guide_your_tenant'))).sort((a, b) => b.length - a.length);
}

function expectOneMessage(text: string, data: string[]) {
  expect(topLevelMessages(text), text).toBe(1);
  expect(outsideMessages(text, data), text).not.toMatch(/\p{L}/u);
}

const grid = (rows: Array<[string, string]>) => `<div role="grid"><div role="row">
  <div role="columnheader">API / Permissions name</div><div role="columnheader">Type</div><div role="columnheader">Status</div></div>
  <div role="row"><div role="gridcell">Microsoft Graph (${rows.length})</div></div>
  ${rows.map(([name, type]) => `<div role="row"><div role="gridcell">${name}</div><div role="gridcell">${type}</div><div role="gridcell"></div></div>`).join('')}</div>`;

describe('pseudo-locale: the portal guide', () => {
  it.each([undefined, 'en', 'de', 'ja'] as const)('every step’s text and where to look, portal in %s', (language) => {
    const ctx = contextOn(document, API, language);
    for (const step of portalSteps) {
      const { text, lookFor } = wordsOf(step.id, ctx);
      expectOneMessage(text, quotedIn(language));
      expectOneMessage(lookFor, quotedIn(language));
    }
    const label = portalSteps.find((s) => s.action)?.action?.label;
    expectOneMessage(typeof label === 'function' ? label() : (label ?? ''), []);
  });

  it('permissions missing and added as Delegated: one message with the names inside', () => {
    for (const rows of [
      [['User.Read.All', 'Delegated']],
      [
        ['User.Read.All', 'Delegated'],
        ['Group.Read.All', 'Delegated'],
      ],
      [['User.Read.All', 'Application']],
    ] as Array<Array<[string, string]>>) {
      document.body.innerHTML = grid(rows);
      const { text } = wordsOf('portal.add-permission', contextOn(document, API, 'en'));
      expectOneMessage(text, ['User.Read.All', 'Group.Read.All', ...quotedIn('en')]);
    }
    document.body.innerHTML = '';
  });

  it('every message the playbook names was produced', () => {
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const keys = new Set(Object.keys(en).map(base));
    const named = new Set(
      literalsOf('lib/playbook/portal.ts')
        .map((l) => l.value)
        .filter((v) => keys.has(v)),
    );
    expect(named.size).toBeGreaterThan(35);
    const produced = new Set([...requested].map(base));
    expect([...named].filter((k) => !produced.has(k))).toEqual([]);
  });
});
