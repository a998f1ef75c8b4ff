// Every message of the converted views rendered in a pseudo-locale: no letter outside a message (English left
// in the code, or a sentence glued from pieces), in the text and in the user-visible attributes, and no message
// the views name left unrendered (the express logic's own messages: tests/unit/i18n-pseudo-express.test.ts).
import { cleanup, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { AssistantPanel } from '../../components/AssistantPanel';
import { ExpressView } from '../../components/ExpressView';
import { GuideHealthCard } from '../../components/GuideHealthCard';
import { OptionsView } from '../../components/OptionsView';
import { PortalNotes } from '../../components/PortalNotes';
import type { ProfilesManagerProps } from '../../components/ProfilesManager';
import { SignInClientSettings } from '../../components/SignInClientSettings';
import type { PublicState } from '../../lib/background/public-state';
import { checkField } from '../../lib/credentials';
import type { CheckResult, PermissionStatus } from '../../lib/entra/check-result';
import type { AppDiagnosis } from '../../lib/express/diagnose-app';
import type { ExpressResult } from '../../lib/express/express-setup';
import { fillIdemeumForm } from '../../lib/fill/fill-form';
import { Overlay } from '../../lib/guide/overlay';
import { localizeDocument } from '../../lib/i18n/document';
import { type MessageKey, t } from '../../lib/i18n/t';
import type { Profile } from '../../lib/profiles/profile';
import { attentionSummary } from '../../lib/profiles/reminders';
import { REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import { Settings } from '../../lib/store';
import { type AssistantActions, useAssistant } from '../../lib/ui/assistant-client';
import type { Admin, ExpressActions, ExpressModel } from '../../lib/ui/use-express';
import en from '../../public/_locales/en/messages.json';
import { currentSecret, guid } from '../support/generated';
import { CONVERTED_FILES } from '../support/i18n-converted';
import { outsideMessages, topLevelMessages, usePseudoLocale } from '../support/pseudo-locale';
import { literalsOf } from '../support/source-strings';
import * as states from '../support/states';

const requested = usePseudoLocale();

// Values that are data, not words: IDs, API names, names typed by people, and texts other modules produce
// (the check's diagnoses: converted in phase 2b; the actions' replies, tested with the real checks below).
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const DATA = [
  ...REQUIRED_GRAPH_ROLES.map((r) => r.name).sort((a, b) => b.length - a.length),
  'Directory.Read.All',
  'abc••••••••',
  'Contoso',
  'Adele Vance',
  'admin@contoso.onmicrosoft.com',
  'contoso.onmicrosoft.com',
  'https://login.microsoftonline.com/organizations',
  'https://login.microsoftonline.com/t/adminconsent?client_id=c',
  'chrome-extension://id/',
  'idemeum',
  'old…',
  'DATA',
];
const USER_VISIBLE = ['aria-label', 'title', 'placeholder', 'alt'];
// A sentence is one message: two side by side in one of these were glued together in code.
const SENTENCES = 'p, label, button, a, h1, h2, h3, option, legend, th, td';

function expectOnlyMessages(root: HTMLElement = document.body, data: readonly string[] = []) {
  const leftover = (text: string) => outsideMessages(text.replace(GUID, ''), [...data, ...DATA]);
  expect(leftover(root.textContent ?? '')).not.toMatch(/\p{L}/u);
  for (const el of root.querySelectorAll(SENTENCES)) {
    const own = el.cloneNode(true) as HTMLElement;
    for (const control of own.querySelectorAll('a, button')) control.remove(); // each its own sentence
    expect(topLevelMessages(own.textContent ?? ''), el.textContent ?? '').toBeLessThanOrEqual(1);
  }
  for (const el of root.querySelectorAll('*'))
    for (const name of USER_VISIBLE) {
      const value = el.getAttribute(name);
      if (value) expect(leftover(value), `${name}="${value}"`).not.toMatch(/\p{L}/u);
    }
}

const show = (ui: ComponentChild) => {
  cleanup();
  render(ui);
  expectOnlyMessages();
};

const assistantActions = (): AssistantActions => ({
  checkValue: async () => ({ ok: false, message: 'DATA' }),
  setField: vi.fn(async () => ({ warning: 'DATA' })),
  forget: vi.fn(async () => {}),
  recheck: vi.fn(async () => {}),
  sendToIdemeum: vi.fn(async () => undefined),
  forgetSecret: vi.fn(async () => {}),
  setForgetAfterFill: vi.fn(async () => {}),
  openExpress: vi.fn(async () => {}),
  openSidePanel: vi.fn(async () => {}),
  switchProfile: vi.fn(async () => {}),
  searchProfiles: vi.fn(async () => ({ matches: [], total: 0 })),
  createProfile: vi.fn(async () => {}),
  recheckAll: vi.fn(async () => 'DATA'),
  openCustomers: vi.fn(async () => {}),
  startRotation: vi.fn(async () => {}),
  finishRotation: vi.fn(async () => {}),
});

const panel = (state: PublicState) => (
  <AssistantPanel state={state} actions={assistantActions()} now={states.NOW} error="DATA" />
);

const mixed: PermissionStatus[] = ['granted', 'propagating', 'not-granted', 'missing', 'unknown'];
const mixedResult: CheckResult = {
  ...(states.partlyGranted.check.result as CheckResult),
  permissions: REQUIRED_GRAPH_ROLES.map((r, i) => ({ name: r.name, status: mixed[i % mixed.length] ?? 'granted' })),
  extras: ['Directory.Read.All'],
  diagnosis: { title: 'DATA', fix: 'DATA', code: 'DATA' },
};
const days = (n: number) => new Date(states.NOW + n * 86_400_000 + 60_000).toISOString();
const secret = (expiresAt: string) => ({
  ...states.allGranted.credentials,
  secret: { masked: 'abc••••••••', expiresAt },
});

describe('pseudo-locale: the popup and side panel', () => {
  it('renders every state in messages only', async () => {
    show(panel(states.empty));
    show(panel(states.checking));
    show(panel({ ...states.empty, credentials: secret(days(0)) }));
    show(panel({ ...states.empty, credentials: secret(days(-3)) }));
    show(panel({ ...states.empty, credentials: secret(days(1)) }));
    show(panel({ ...states.partlyGranted, check: { running: false, result: mixedResult, nextRecheckAt: 1 } }));
    show(panel({ ...states.allGranted, credentials: secret(days(400)) }));
    const review = { delegatedInstead: ['User.Read.All'], missing: ['User.Read.All'], notGranted: [], extras: [] };
    show(panel({ ...states.partlyCaptured, portal: { review } }));
    show(
      panel({
        ...states.sent,
        idemeum: { ...states.sent.idemeum, lastFill: { form: 'jit', at: 1, filled: [], problems: ['DATA'] } },
      }),
    );
    const rotating = (oldHint?: string) => {
      const active = {
        id: 'a',
        label: 'Contoso',
        rotation: { startedAt: states.NOW - 60_000, ...(oldHint ? { oldHint } : {}) },
        remindersSent: [],
      };
      return { activeId: 'a', active, count: 1, recent: [], attention: { shown: [], count: 0 } };
    };
    show(panel({ ...states.allGranted, profiles: rotating('old') }));
    show(panel({ ...states.sent, profiles: rotating('old') }));
    show(panel({ ...states.sent, profiles: rotating() }));

    const failed = {
      ...mixedResult,
      verdict: 'failed' as const,
      diagnosis: { title: 'DATA', fix: 'DATA', field: 'secret' as const },
    };
    show(panel({ ...states.failedWithDiagnosis, check: { running: false, result: failed } })); // "Send anyway"
    fireEvent.click(screen.getByRole('checkbox', { name: /^⟦Šéñd áñýwáý/ }));
    fireEvent.click(screen.getAllByRole('button', { name: /Fîll/ })[0] as HTMLElement);
    await screen.findByText(/^⟦Fîlléd\./);
    expectOnlyMessages();
    fireEvent.click(screen.getAllByRole('button', { name: /Çháñgé/ })[0] as HTMLElement);
    expectOnlyMessages();
  });
});

const admin = (capability: Admin['capability'], name = 'Adele Vance'): Admin => ({
  tenantId: guid(),
  userId: guid(),
  username: 'admin@contoso.onmicrosoft.com',
  name,
  tenantName: 'Contoso',
  wids: [],
  capability,
});

const expressActions = (): ExpressActions => ({
  signIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
  runExpress: vi.fn(async () => {}),
  handOverAgain: vi.fn(async () => {}),
  diagnose: vi.fn(async () => {}),
  useClientId: vi.fn(async () => {}),
  openOptions: vi.fn(async () => {}),
});

const model = (overrides: Partial<ExpressModel> = {}): ExpressModel => ({
  configured: true,
  signIn: { busy: false, admin: admin({ kind: 'can-grant', role: 'Global Administrator' }) },
  run: { busy: false, steps: {} },
  diagnosis: { busy: false },
  ...overrides,
});

const result = (extra: Partial<ExpressResult>): ExpressResult => ({
  tenantId: guid(),
  clientId: guid(),
  objectId: guid(),
  displayName: 'idemeum',
  reusedApp: false,
  consent: { kind: 'granted', added: 12 },
  ...extra,
});

const express = (m: ExpressModel, check?: PublicState['check']) => (
  <ExpressView model={m} actions={expressActions()} heldClientId={guid()} check={check} />
);

describe('pseudo-locale: the value checks, the fill and the background in the popup', () => {
  /** The popup with the real checks, and a background that answers as the real one does. */
  const checking = (): AssistantActions => ({
    ...assistantActions(),
    checkValue: async (field, raw) => checkField(field, raw),
    setField: async (field, value) => {
      const checked = checkField(field, value);
      return checked.ok ? { warning: checked.warning } : { error: checked.message };
    },
  });

  it.each([
    ['field_tenant_id', ''],
    ['field_tenant_id', 'contoso.onmicrosoft.com'],
    ['field_tenant_id', 'not a guid'],
    ['field_client_id', ' '],
    ['field_client_id', '1234'],
    ['field_secret', ''],
    ['field_secret', 'short'],
    ['field_secret', guid()],
    ['field_secret', 'x'.repeat(30)],
  ] as [MessageKey, string][])(
    'the credentials card says why %s "%s" is refused or noted, in one message',
    async (label, value) => {
      cleanup();
      render(<AssistantPanel state={states.empty} actions={checking()} now={states.NOW} />);
      const input = screen.getByRole('textbox', { name: t(label) });
      fireEvent.input(input, { target: { value } });
      fireEvent.submit(input.closest('form') as HTMLFormElement);
      const form = within(input.closest('form') as HTMLElement);
      const said = await form.findByRole(/x{30}/.test(value) ? 'status' : 'alert');
      expect(said.textContent).toMatch(/^⟦/);
      expectOnlyMessages();
    },
  );

  it('what the fill left to do is listed in messages, with the console’s own names inside', async () => {
    cleanup();
    document.body.innerHTML = `
      <label for="source">User source</label><select id="source"><option>okta</option></select>
      <label for="tenant">Directory (tenant) ID</label><input id="tenant">
      <label for="secret">Client secret value</label><input id="secret" readonly>`;
    const report = await fillIdemeumForm(document, 'userSource', {
      tenantId: guid(),
      clientId: guid(),
      secret: currentSecret(),
      domains: [],
    });
    document.body.innerHTML = '';
    expect(report.problems).toHaveLength(3); // okta only, no client ID field, a read-only secret field
    const lastFill = { form: 'userSource' as const, at: 1, filled: report.filled, problems: report.problems };
    const names = ['User source', 'entraid', 'Application (client) ID', 'Client secret value'];
    render(
      <AssistantPanel
        state={{ ...states.sent, idemeum: { ...states.sent.idemeum, lastFill } }}
        actions={assistantActions()}
        now={states.NOW}
      />,
    );
    const list = screen.getByRole('list', { name: t('send_left_to_do') });
    expect(outsideMessages(list.textContent ?? '', names)).not.toMatch(/\p{L}/u);
    for (const item of within(list).getAllByRole('listitem')) expect(topLevelMessages(item.textContent ?? '')).toBe(1);
  });

  it('a fill asked for where no console is open is refused in one message', async () => {
    const { result } = renderHook(() => useAssistant(states.sent));
    const refusal = await result.current.actions.sendToIdemeum('jit', false);
    cleanup();
    render(
      <AssistantPanel
        state={states.sent}
        actions={{ ...assistantActions(), sendToIdemeum: async () => refusal }}
        now={states.NOW}
      />,
    );
    fireEvent.click(screen.getAllByRole('button', { name: /Fîll/ })[0] as HTMLElement);
    expect((await screen.findByRole('alert')).textContent).toBe(t('send_open_console_first'));
    expectOnlyMessages();
  });
});

describe('pseudo-locale: the express page and the options', () => {
  it('renders every state in messages only', () => {
    show(express(model({ configured: false, signIn: { busy: true, error: 'DATA' } })));
    show(express(model({ signIn: { busy: false } })));
    show(express(model({ signIn: { busy: false, admin: admin({ kind: 'cannot-grant' }, '') } })));
    show(express(model({ signIn: { busy: false, admin: admin({ kind: 'unknown' }) } })));
    show(
      express(
        model({ signIn: { busy: false, admin: admin({ kind: 'can-grant', role: 'Privileged Role Administrator' }) } }),
      ),
    );
    show(
      express(
        model({
          run: {
            busy: true,
            steps: {
              app: { step: 'app', status: 'done', detail: 'DATA' },
              permissions: { step: 'permissions', status: 'skipped' },
              servicePrincipal: { step: 'servicePrincipal', status: 'failed' },
              consent: { step: 'consent', status: 'running' },
            },
          },
        }),
      ),
    );
    show(
      express(
        model({
          run: {
            busy: false,
            steps: { app: { step: 'app', status: 'failed' } },
            outcome: {
              ok: false,
              step: 'app',
              diagnosis: { title: 'DATA', fix: 'DATA' },
              confirm: { clientId: guid() },
            },
          },
        }),
      ),
    );
    const r = result({
      consent: {
        kind: 'needs-admin',
        url: 'https://login.microsoftonline.com/t/adminconsent?client_id=c',
        reason: 'DATA',
      },
    });
    show(express(model({ run: { busy: false, steps: {}, outcome: { ok: true, result: r }, handOverError: 'DATA' } })));
    const landed = result({
      reusedApp: true,
      secret: { value: 'x', expiresAt: days(730), days: 730, cappedByPolicy: false },
    });
    const checkOf = (verdict: CheckResult['verdict'], diagnosis?: CheckResult['diagnosis']): PublicState['check'] => ({
      running: false,
      result: {
        ...(states.allGranted.check.result as CheckResult),
        verdict,
        diagnosis,
        checkedFor: { tenantId: landed.tenantId, clientId: landed.clientId, secretHint: 'abc' },
      },
    });
    const ok = { busy: false, steps: {}, outcome: { ok: true as const, result: landed } };
    show(express(model({ run: ok })));
    for (const verdict of ['passed', 'propagating', 'incomplete'] as const)
      show(express(model({ run: ok }), checkOf(verdict)));
    show(express(model({ run: ok }), checkOf('failed', { title: 'DATA', fix: 'DATA' })));
    show(express(model({ run: { ...ok, outcome: { ok: true, result: result({}) } } })));

    const diagnosis: AppDiagnosis = {
      displayName: 'idemeum',
      clientId: guid(),
      objectId: guid(),
      permissions: REQUIRED_GRAPH_ROLES.map((role, i) => ({
        name: role.name,
        status: (['granted', 'not-consented', 'delegated-instead', 'missing'] as const)[i % 4] ?? 'granted',
      })),
      extras: [],
      secrets: [
        { keyId: guid(), label: 'DATA', endDateTime: days(-2), state: 'expired' },
        { keyId: guid(), label: 'DATA', endDateTime: days(5), state: 'expiring', daysLeft: 5 },
        { keyId: guid(), label: 'DATA', endDateTime: days(1), state: 'expiring', daysLeft: 1 },
        { keyId: guid(), label: 'DATA', endDateTime: days(300), state: 'valid' },
        { keyId: guid(), label: 'DATA', state: 'valid' },
      ],
      problems: ['DATA'],
    };
    show(express(model({ diagnosis: { busy: true, result: diagnosis, error: 'DATA' } })));
    show(express(model({ diagnosis: { busy: false, result: { ...diagnosis, problems: [], secrets: [] } } })));

    show(
      <SignInClientSettings
        defaultAuthority="https://login.microsoftonline.com/organizations"
        redirectUri="chrome-extension://id/"
        onSave={async () => undefined}
      />,
    );
  });

  it('saving the options says so in a message', async () => {
    show(
      <SignInClientSettings
        defaultAuthority="https://login.microsoftonline.com/organizations"
        redirectUri="chrome-extension://id/"
        onSave={async () => undefined}
      />,
    );
    fireEvent.submit(screen.getByRole('button').closest('form') as HTMLFormElement);
    await screen.findByRole('status');
    expectOnlyMessages();
  });

  it('the page title and language come from the catalog', () => {
    for (const title of ['page_title_assistant', 'page_title_express', 'page_title_options'] as const) {
      localizeDocument(document, title);
      expect(outsideMessages(document.title, [])).toBe('');
      expect(document.documentElement.lang).toBe('en');
    }
  });
});

describe('pseudo-locale: the portal notes and the guide health', () => {
  it('the portal’s language, known or not, and another tenant’s app are one message each', () => {
    const tenant = guid();
    for (const language of [
      { code: 'de', known: true },
      { code: 'qps-ploc', known: false },
      { code: null, known: false },
    ]) {
      cleanup();
      render(<PortalNotes portal={{ language, otherTenant: tenant }} onNewProfile={vi.fn()} />);
      // The language's name comes from Intl in the catalog's locale (here en): data, not our words.
      expectOnlyMessages(document.body, ['German', 'de', 'qps-ploc']);
    }
    const onNewProfile = vi.fn();
    cleanup();
    render(<PortalNotes portal={{ otherTenant: tenant }} onNewProfile={onNewProfile} />);
    fireEvent.click(screen.getByRole('button'));
    expect(outsideMessages(onNewProfile.mock.calls[0]?.[0] ?? 'x', [tenant.slice(0, 8)])).toBe('');
  });

  it('guide health: none recorded, and records with and without a place, each one message', () => {
    show(<GuideHealthCard records={[]} onDownload={vi.fn()} />);
    const at = Date.UTC(2026, 0, 2, 3, 4);
    const record = { at, stepId: 'portal.register', host: 'portal.azure.com', language: null, nearby: [] };
    cleanup();
    render(
      <GuideHealthCard
        records={[
          { ...record, blade: null, item: null },
          { ...record, blade: 'ApplicationsListBlade', item: 'Overview', language: 'de', nearby: ['Neu', 'Suchen'] },
        ]}
        onDownload={vi.fn()}
      />,
    );
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
    const data = [
      'portal.register',
      'portal.azure.com',
      'ApplicationsListBlade › Overview',
      'Neu · Suchen',
      when,
      'de',
    ];
    expectOnlyMessages(document.body, data);
    for (const item of screen.getAllByRole('listitem')) {
      const own = item.cloneNode(true) as HTMLElement;
      own.querySelector('.hint')?.remove(); // the names on screen: a note of its own
      expect(topLevelMessages(own.textContent ?? ''), own.textContent ?? '').toBe(1);
    }
  });
});

describe('pseudo-locale: the customers', () => {
  const DAY = 86_400_000;
  const at = (n: number) => new Date(states.NOW + n * DAY + 60_000).toISOString();
  const customer = (id: string, extra: Partial<Profile> = {}): Profile => ({
    id,
    label: 'Contoso',
    domain: 'contoso.onmicrosoft.com',
    remindersSent: [],
    ...extra,
  });
  const due = [-3, -1, 0, 1, 5].map((n, i) => customer(`due${i}`, { secretExpiresAt: at(n) }));
  const list = [...due, customer('fresh', { secretExpiresAt: at(200), tenantId: guid() })];
  const attention = attentionSummary(list, states.NOW);
  const withCustomers = (active: Profile, shown = attention.shown) => ({
    ...states.allGranted,
    profiles: {
      activeId: active.id,
      active,
      count: list.length,
      recent: [],
      attention: { count: attention.count + 60, shown: shown.map((a, i) => ({ ...a, rotating: i === 1 })) },
    },
  });

  it('the customer card, the picker and Needs attention speak in messages only', async () => {
    for (const active of [due[0], due[4], customer('none', { domain: undefined })])
      show(panel(withCustomers(active ?? customer('x'))));
    for (const one of attention.shown) show(panel(withCustomers(due[4] ?? customer('x'), [one])));

    const entries = list.map((c) => ({ id: c.id, label: c.label, domain: c.domain, tenantId: c.tenantId }));
    for (const found of [
      { matches: entries, total: 1500 },
      { matches: [], total: 0 },
      { matches: entries.slice(0, 1), total: 1 },
      { matches: entries, total: entries.length },
    ]) {
      cleanup();
      const actions = { ...assistantActions(), searchProfiles: vi.fn(async () => found) };
      render(<AssistantPanel state={withCustomers(due[1] ?? customer('x'))} actions={actions} now={states.NOW} />);
      fireEvent.click(screen.getByRole('combobox'));
      await waitFor(() => expect(actions.searchProfiles).toHaveBeenCalled());
      await screen.findByRole('status', { name: '' }).catch(() => undefined);
      await waitFor(() => expect(document.querySelector('#customer-search-hint')?.textContent).toMatch(/^⟦/));
      expectOnlyMessages();
    }
    fireEvent.click(screen.getByRole('button', { name: t('customers_new') }));
    expectOnlyMessages();
    fireEvent.click(screen.getByRole('button', { name: t('customers_recheck_all') }));
    await screen.findByText('DATA');
    expectOnlyMessages();
  });

  it('the options page and its customer list speak in messages only', async () => {
    const verdicts = ['passed', 'propagating', 'incomplete', 'failed'] as const;
    const many: Profile[] = Array.from({ length: 130 }, (_, i) =>
      customer(`p${i}`, {
        secretExpiresAt: i % 3 ? at(i - 5) : undefined,
        tenantId: i % 5 ? guid() : undefined,
        domain: i % 7 ? 'contoso.onmicrosoft.com' : undefined,
        lastCheck: i % 5 ? { verdict: verdicts[i % 4] ?? 'passed', at: states.NOW - i * DAY } : undefined,
      }),
    );
    const profiles = (rows: Profile[]): ProfilesManagerProps => ({
      profiles: rows,
      activeId: 'p0',
      now: states.NOW,
      onRename: vi.fn(),
      onExport: vi.fn(async () => '{}'),
      onImport: vi.fn(async () => ({ ok: false, message: 'DATA' })),
      onDelete: vi.fn(async () => ({ ok: true, message: 'DATA' })),
      onUndoDelete: vi.fn(async () => 'DATA'),
      onRecheck: vi.fn(async () => 'DATA'),
    });
    const options = (rows: Profile[], attentionFirst = false) => (
      <OptionsView
        settings={Settings.parse({})}
        onChange={vi.fn()}
        profiles={{ ...profiles(rows), attentionFirst }}
        signIn={{
          defaultAuthority: 'https://login.microsoftonline.com/organizations',
          redirectUri: 'chrome-extension://id/',
          onSave: async () => undefined,
        }}
        guideHealth={{ records: [], onDownload: vi.fn() }}
      />
    );
    // The table's dates stand alone in their cells: data, written by Intl in the catalog's locale.
    const long = new Intl.DateTimeFormat('en', { dateStyle: 'long' });
    DATA.push(
      ...many.flatMap((p) =>
        [p.secretExpiresAt, p.lastCheck?.at].flatMap((d) => (d ? [long.format(new Date(d))] : [])),
      ),
    );
    show(options(many.slice(0, 1)));
    show(options(many, true));
    show(options(many));
    const boxes = () => screen.getAllByRole('checkbox').filter((b) => b.closest('td'));
    fireEvent.click(boxes()[0] as HTMLElement);
    fireEvent.click(boxes()[1] as HTMLElement);
    fireEvent.click(boxes()[2] as HTMLElement);
    const [exportSelected, , deleteSelected] = within(screen.getByRole('group')).getAllByRole('button');
    fireEvent.click(exportSelected as HTMLElement);
    await screen.findByRole('link', { name: t('customers_save_selected', { count: 3 }) });
    expectOnlyMessages();
    fireEvent.click(deleteSelected as HTMLElement);
    expectOnlyMessages();
    fireEvent.click(within(screen.getByRole('alertdialog')).getAllByRole('button')[1] as HTMLElement);
    fireEvent.click(
      screen.getAllByRole('button', { name: t('customers_delete_label', { label: 'Contoso' }) })[0] as HTMLElement,
    );
    expectOnlyMessages();
    fireEvent.click(within(screen.getByRole('alertdialog')).getAllByRole('button')[0] as HTMLElement);
    await screen.findByText('DATA');
    expectOnlyMessages();
    fireEvent.click(screen.getByRole('button', { name: t('customers_undo') }));
    await waitFor(() => expect(screen.queryByRole('button', { name: t('customers_undo') })).toBeNull());
    expectOnlyMessages();
    // Two selected rows filtered out of sight: the hidden ones are said to be left out, one and many.
    for (const [picked, query] of [
      [1, 'p0x'],
      [3, 'p0x'],
    ] as const) {
      show(options(many));
      for (const box of boxes().slice(0, picked)) fireEvent.click(box);
      fireEvent.input(screen.getByRole('searchbox'), { target: { value: query } });
      expectOnlyMessages();
    }
    fireEvent.click(screen.getByRole('button', { name: t('customers_export_all') }));
    await screen.findByRole('link', { name: t('customers_save_all') });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Contoso' } });
    fireEvent.click(screen.getByRole('button', { name: /^⟦Šhõw/ }));
    expectOnlyMessages();
  });
});

describe('pseudo-locale: the guide overlay', () => {
  it('its own labels, the step count and the look-for note are messages, the step text and names data', () => {
    cleanup();
    const overlay = new Overlay(document);
    const handlers = { onBack: vi.fn(), onSkip: vi.fn(), onHide: vi.fn() };
    const view = { stepId: 's', index: 1, total: 7, text: 'DATA', canGoBack: true };
    overlay.show({ ...view, lookFor: 'DATA', deepLink: 'https://portal.azure.com/#home' }, undefined, handlers);
    const tip = overlay.element.shadowRoot?.querySelector('section') as HTMLElement;
    expect(outsideMessages(tip.textContent ?? '', ['DATA', '×', '7'])).not.toMatch(/\p{L}/u);
    for (const el of tip.querySelectorAll('p, button, a'))
      expect(topLevelMessages(el.textContent ?? ''), el.textContent ?? '').toBeLessThanOrEqual(1);
    for (const el of [tip, ...tip.querySelectorAll('[aria-label]')])
      expect(outsideMessages(el.getAttribute('aria-label') ?? '', [])).not.toMatch(/\p{L}/u);
    expect(tip.querySelector('.count')?.textContent).toBe(t('guide_step_count', { step: 2, total: 7 }));
    overlay.element.remove();
  });

  it('a message with an action: its close button is named by a message', () => {
    cleanup();
    const overlay = new Overlay(document);
    overlay.toast('DATA', 'info', { label: 'DATA', run: vi.fn() });
    const toast = overlay.element.shadowRoot?.querySelector('.toast') as HTMLElement;
    expect(outsideMessages(toast.textContent ?? '', ['DATA', '×'])).not.toMatch(/\p{L}/u);
    for (const el of toast.querySelectorAll('[aria-label]'))
      expect(outsideMessages(el.getAttribute('aria-label') ?? '', [])).not.toMatch(/\p{L}/u);
    expect(toast.querySelector('[aria-label]')?.getAttribute('aria-label')).toBe(t('toast_dismiss'));
    overlay.element.remove();
  });
});

describe('pseudo-locale coverage', () => {
  it('every message the views name was rendered', () => {
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const keys = new Set(Object.keys(en).map(base));
    // The express logic and the background have unit tests of their own (tests/unit/i18n-pseudo-*.test.ts).
    const here = ['lib/checklist.ts', 'lib/fill/fill-form.ts', 'lib/guide/overlay.ts', 'lib/ui/assistant-client.ts'];
    const views = CONVERTED_FILES.filter((f) => !f.startsWith('lib/') || here.includes(f));
    const named = new Set(views.flatMap((f) => literalsOf(f).map((l) => l.value)).filter((v) => keys.has(v)));
    expect(named.size).toBeGreaterThan(100);
    const rendered = new Set([...requested].map(base));
    expect([...named].filter((k) => !rendered.has(k))).toEqual([]);
  });
});
