// The express page's views: what the admin is asked before an existing app is touched, what to send to
// someone who may grant consent, and the way back when the extension did not take the values.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExpressView } from '../../components/ExpressView';
import type { ExpressResult } from '../../lib/express/express-setup';
import type { Admin, ExpressActions, ExpressModel } from '../../lib/ui/use-express';
import { guid } from '../support/generated';

afterEach(cleanup);

const admin = (capability: Admin['capability']): Admin => ({
  tenantId: guid(),
  userId: guid(),
  username: 'admin@contoso.onmicrosoft.com',
  name: 'Adele Vance',
  tenantName: 'Contoso',
  wids: [],
  capability,
});

function actions(): ExpressActions {
  return {
    signIn: vi.fn(async () => {}),
    signOut: vi.fn(async () => {}),
    runExpress: vi.fn(async () => {}),
    handOverAgain: vi.fn(async () => {}),
    diagnose: vi.fn(async () => {}),
    useClientId: vi.fn(async () => {}),
    openOptions: vi.fn(async () => {}),
  };
}

function model(overrides: Partial<ExpressModel> = {}): ExpressModel {
  return {
    configured: true,
    signIn: { busy: false, admin: admin({ kind: 'can-grant', role: 'Global Administrator' }) },
    run: { busy: false, steps: {} },
    diagnosis: { busy: false },
    ...overrides,
  };
}

const result = (consent: ExpressResult['consent']): ExpressResult => ({
  tenantId: guid(),
  clientId: guid(),
  objectId: guid(),
  displayName: 'idemeum',
  reusedApp: false,
  consent,
});

describe('ExpressView', () => {
  it('not configured: says so and leads to the options; nothing can run', () => {
    const a = actions();
    render(<ExpressView model={model({ configured: false, signIn: { busy: false } })} actions={a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open the options page to set it' }));
    expect(a.openOptions).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Sign in with Microsoft' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Run express setup' })).toHaveProperty('disabled', true);
  });

  it('signs in to the customer tenant typed', () => {
    const a = actions();
    render(<ExpressView model={model({ signIn: { busy: false } })} actions={a} />);
    fireEvent.input(screen.getByLabelText(/^Customer tenant/), { target: { value: 'fabrikam.onmicrosoft.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with Microsoft' }));
    expect(a.signIn).toHaveBeenCalledWith('fabrikam.onmicrosoft.com');
  });

  it('an app of the same name it did not make: the admin decides, and the run goes on with that app only', () => {
    const a = actions();
    const clientId = guid();
    render(
      <ExpressView
        model={model({
          run: {
            busy: false,
            steps: { app: { step: 'app', status: 'failed', detail: 'exists' } },
            outcome: {
              ok: false,
              step: 'app',
              diagnosis: { title: 'An app named “idemeum” already exists', fix: 'Use it only if it is idemeum’s.' },
              confirm: { clientId },
            },
          },
        })}
        actions={a}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use that app for idemeum' }));
    expect(a.runExpress).toHaveBeenCalledWith('idemeum', clientId);
  });

  it('without consent: the API permissions page and the admin-consent link for someone who may grant', () => {
    const r = result({
      kind: 'needs-admin',
      url: 'https://login.microsoftonline.com/t/adminconsent?client_id=c',
      reason: 'No role.',
    });
    render(
      <ExpressView
        model={model({ run: { busy: false, steps: {}, outcome: { ok: true, result: r } } })}
        actions={actions()}
      />,
    );
    expect(screen.getByText('Registered; admin consent is still needed.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'API permissions page' }).getAttribute('href')).toContain(
      `/CallAnAPI/appId/${r.clientId}/objectId/${r.objectId}`,
    );
    expect(screen.getByText('https://login.microsoftonline.com/t/adminconsent?client_id=c')).toBeTruthy();
  });

  it('when the extension did not take the values: says so, offers to hand over again, and blocks a new run', () => {
    const a = actions();
    const r = result({ kind: 'granted', added: 12 });
    render(
      <ExpressView
        model={model({
          run: {
            busy: false,
            steps: {},
            outcome: { ok: true, result: r },
            handOverError: 'The extension did not take the values.',
          },
        })}
        actions={a}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('did not take the values');
    expect(screen.queryByText(/are in the extension/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hand over again' }));
    expect(a.handOverAgain).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Run express setup' })).toHaveProperty('disabled', true);
  });

  it('while a run is going, the sign-in cannot be forgotten, and the current step is announced', () => {
    render(
      <ExpressView
        model={model({
          run: {
            busy: true,
            steps: { app: { step: 'app', status: 'running', detail: 'Looking for an existing app…' } },
          },
        })}
        actions={actions()}
      />,
    );
    expect(screen.getByRole('button', { name: /^Forget this sign-in/ })).toHaveProperty('disabled', true);
    expect(screen.getByRole('status', { name: 'Express setup progress' }).textContent).toBe(
      'App registration (single tenant): Looking for an existing app…',
    );
  });
});
