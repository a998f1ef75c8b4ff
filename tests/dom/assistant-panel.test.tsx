import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssistantPanel } from '../../components/AssistantPanel';
import type { PublicState } from '../../lib/background/public-state';
import { checkField } from '../../lib/credentials';
import type { Profile } from '../../lib/profiles/profile';
import { attentionSummary } from '../../lib/profiles/reminders';
import { searchCustomers } from '../../lib/profiles/search';
import type { AssistantActions } from '../../lib/ui/assistant-client';
import { guid } from '../support/generated';
import * as states from '../support/states';

afterEach(cleanup);

const contoso: Profile = { id: 'a', label: 'Contoso', domain: 'contoso.example', remindersSent: [] };
const fabrikam: Profile = {
  id: 'b',
  label: 'Fabrikam',
  secretExpiresAt: new Date(states.NOW + 10 * 86_400_000 + 1000).toISOString(),
  remindersSent: [],
};
const customers = [contoso, fabrikam];
const customersState = (active: Profile, list: Profile[]) => ({
  activeId: active.id,
  active,
  count: list.length,
  recent: [],
  attention: attentionSummary(list, states.NOW),
});

function actions(overrides: Partial<AssistantActions> = {}): AssistantActions {
  return {
    checkValue: async (field, raw) => checkField(field, raw),
    setField: vi.fn(async () => ({})),
    forget: vi.fn(async () => {}),
    recheck: vi.fn(async () => {}),
    sendToIdemeum: vi.fn(async () => undefined),
    forgetSecret: vi.fn(async () => {}),
    setForgetAfterFill: vi.fn(async () => {}),
    openExpress: vi.fn(async () => {}),
    switchProfile: vi.fn(async () => {}),
    searchProfiles: vi.fn(async (query: string, limit: number) => searchCustomers(customers, [], query, limit)),
    createProfile: vi.fn(async () => {}),
    recheckAll: vi.fn(async () => 'Checked 2 customers (2 passed).'),
    openCustomers: vi.fn(async () => {}),
    startRotation: vi.fn(async () => {}),
    finishRotation: vi.fn(async () => {}),
    ...overrides,
  };
}

const show = (state: PublicState, a = actions()) => {
  render(<AssistantPanel state={state} actions={a} now={states.NOW} />);
  return a;
};

const step = (name: RegExp) => screen.getByText(name).closest('li')!;

describe('AssistantPanel', () => {
  it('empty: registration is the current step, with a link to the portal, and the check waits for values', () => {
    show(states.empty);
    const current = step(/Register the app/);
    expect(current.getAttribute('aria-current')).toBe('step');
    expect(within(current).getByRole('link').getAttribute('href')).toMatch(
      /^https:\/\/portal\.azure\.com\/#view\/Microsoft_AAD_RegisteredApps\/CreateApplicationBlade/,
    );
    expect(screen.getByText('The check runs once the three values are known.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Re-check' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Forget credentials' })).toBeNull();
  });

  it('partly captured: IDs shown in full, the secret step is current', () => {
    show(states.partlyCaptured);
    expect(screen.getByLabelText('Directory (tenant) ID in use').textContent).toBe(states.tenantId);
    expect(screen.getByLabelText('Application (client) ID in use').textContent).toBe(states.clientId);
    expect(step(/Create a client secret/).getAttribute('aria-current')).toBe('step');
    expect(step(/Register the app/).textContent).toContain('(Done)');
  });

  it('invalid input: a Secret ID typed as the secret is refused inline and nothing is sent', async () => {
    const a = show(states.partlyCaptured);
    const input = screen.getByLabelText('Client secret value');
    fireEvent.input(input, { target: { value: guid() } });
    fireEvent.submit(input.closest('form')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^That is the Secret ID/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(a.setField).not.toHaveBeenCalled();
  });

  it('valid input goes to the background', async () => {
    const a = show(states.empty);
    const id = guid();
    const input = screen.getByLabelText('Directory (tenant) ID');
    fireEvent.input(input, { target: { value: id } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(a.setField).toHaveBeenCalledWith('tenantId', id));
  });

  it('checking: busy, with the button disabled', () => {
    show(states.checking);
    expect(screen.getByText('Checking with Microsoft…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Checking…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByLabelText('Client secret value in use').textContent).toBe('abc••••••••');
  });

  it('all granted: 12 of 12, every permission by name, the expiry date', () => {
    show(states.allGranted);
    expect(screen.getByText('12 of 12 granted')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Microsoft Graph application permissions' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
    expect(within(list).getByText('User-PasswordProfile.ReadWrite.All')).toBeTruthy();
    expect(within(list).getAllByText('Granted')).toHaveLength(12);
    expect(screen.getByText(/The secret expires on .*2028/)).toBeTruthy();
    expect(step(/Grant admin consent/).textContent).toContain('(Done)');
  });

  it('partly granted: the missing consent is named and Re-check calls the background', () => {
    const a = show(states.partlyGranted);
    expect(screen.getByText('9 of 12 granted')).toBeTruthy();
    expect(screen.getAllByText('Not granted')).toHaveLength(3);
    expect(screen.getByText('3 of the 12 permissions have no admin consent.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Re-check' }));
    expect(a.recheck).toHaveBeenCalled();
  });

  it('error with diagnosis: cause, fix, code and Microsoft’s words, the suspect field marked', () => {
    show(states.failedWithDiagnosis);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Entra rejected the client secret.');
    expect(alert.textContent).toContain('Secret ID pasted instead');
    expect(within(alert).getByText('AADSTS7000215')).toBeTruthy();
    expect(screen.getByLabelText('Client secret value in use').closest('form')!.className).toContain(
      'credential-suspect',
    );
  });

  it('send: disabled until the check passed, then fills each form; "send anyway" is explicit', async () => {
    show(states.partlyGranted);
    const userSource = screen.getByRole('button', { name: 'Fill the user source' }) as HTMLButtonElement;
    expect(userSource.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Send anyway (the check has not passed)'));
    expect(userSource.disabled).toBe(false);
    cleanup();
    const a = show(states.allGranted);
    expect(screen.queryByLabelText('Send anyway (the check has not passed)')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fill the Entra JIT app' }));
    await waitFor(() => expect(a.sendToIdemeum).toHaveBeenCalledWith('jit', false));
    expect(await screen.findByText(/^Filled\./)).toBeTruthy();
  });

  it('a refused send says why', async () => {
    show(
      states.allGranted,
      actions({ sendToIdemeum: vi.fn(async () => 'The tab moved to another page. Nothing was sent; try again.') }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fill the user source' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/tab moved/);
  });

  it('sent: both forms saved, the checklist is done and the secret can be forgotten', () => {
    const a = show(states.sent);
    expect(screen.getByRole('button', { name: 'Fill the user source ✓' })).toBeTruthy();
    expect(step(/Fill and save the Entra JIT/).textContent).toContain('(Done)');
    fireEvent.click(screen.getByRole('button', { name: 'Forget the secret now' }));
    expect(a.forgetSecret).toHaveBeenCalled();
  });

  it('flags permissions added as Delegated instead of Application', () => {
    show({
      ...states.partlyCaptured,
      portal: {
        review: { delegatedInstead: ['User.Read.All'], missing: ['User.Read.All'], notGranted: [], extras: [] },
      },
    });
    expect(screen.getByText(/Added as Delegated instead of Application: User\.Read\.All/)).toBeTruthy();
  });

  it('profiles: finding and switching, a secret expiring soon under Needs attention, re-check all reports', async () => {
    const a = show({ ...states.allGranted, profiles: customersState(contoso, customers) });
    expect(screen.getByText('Contoso').closest('p')?.textContent).toBe('Contoso · contoso.example');
    const box = screen.getByRole('combobox', { name: 'Find a customer' });
    fireEvent.input(box, { target: { value: 'fab' } });
    await screen.findByRole('option', { name: /^Fabrikam/ });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(a.switchProfile).toHaveBeenCalledWith('b');
    expect(screen.getByText('Needs attention (1)')).toBeTruthy();
    expect(screen.getByText('Fabrikam: secret expires in 10 days')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rotate Fabrikam’s secret' }));
    expect(a.startRotation).toHaveBeenCalledWith('b');
    fireEvent.click(screen.getByRole('button', { name: 'Re-check all customers' }));
    expect(await screen.findByText('Checked 2 customers (2 passed).')).toBeTruthy();
  });

  it('profiles: an active customer known only from an import shows its domain and expiry', () => {
    show({ ...states.empty, profiles: customersState({ ...fabrikam, domain: 'fabrikam.example' }, customers) });
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(fabrikam.secretExpiresAt ?? ''));
    expect(screen.getByText('Fabrikam').closest('p')?.textContent).toBe(
      `Fabrikam · fabrikam.example · secret expires on ${date} (in 10 days)`,
    );
  });

  it('rotation: the old secret is to be deleted only once both forms use the new one', () => {
    const rotation = { startedAt: states.NOW - 60_000, oldHint: 'old' };
    const profiles = customersState({ ...contoso, rotation }, [contoso]);
    show({ ...states.allGranted, profiles });
    expect(screen.queryByRole('button', { name: 'I deleted the old secret' })).toBeNull();
    expect(screen.getByText('Keep the old secret until idemeum works with the new one.')).toBeTruthy();
    cleanup();
    const a = show({ ...states.sent, profiles });
    expect(screen.getByText(/Delete the old one \(old…\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I deleted the old secret' }));
    expect(a.finishRotation).toHaveBeenCalledWith('a');
  });

  it('Forget credentials calls the background', () => {
    const a = show(states.allGranted);
    fireEvent.click(screen.getByRole('button', { name: 'Forget credentials' }));
    expect(a.forget).toHaveBeenCalled();
  });
});

describe('checklist: the permissions step', () => {
  it('is not done while nothing shows the 12 as added, and done once the page showed them', () => {
    render(<AssistantPanel state={states.partlyGranted} actions={{} as AssistantActions} now={states.NOW} />);
    expect(step(/Add the 12 Graph/).textContent).not.toContain('(Done)');
    cleanup();
    const review = { delegatedInstead: [], missing: [], notGranted: ['User.Read.All'], extras: [] };
    render(
      <AssistantPanel
        state={{ ...states.partlyGranted, portal: { review } }}
        actions={{} as AssistantActions}
        now={states.NOW}
      />,
    );
    expect(step(/Add the 12 Graph/).textContent).toContain('(Done)');
  });
});
