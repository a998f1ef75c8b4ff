// Element finding over fixture HTML written in more than one markup style: native elements, ARIA
// widgets, label[for], wrapping labels, aria-labelledby, and essentials-style label/value siblings.
import { afterEach, describe, expect, it } from 'vitest';
import { readOverviewIds, readSecretRows, valueBesideCopyButton } from '../../lib/capture/portal-capture';
import { accessibleName } from '../../lib/dom/accessible-name';
import { findByRole, findFieldByLabel, findValueNextToLabel } from '../../lib/dom/find';
import { readConfiguredPermissions, reviewPermissions } from '../../lib/playbook/portal-permissions';
import type { PortalRoute } from '../../lib/playbook/portal-route';
import { REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import { currentSecret, guid } from '../support/generated';

afterEach(() => {
  document.body.innerHTML = '';
});

const html = (markup: string) => {
  document.body.innerHTML = markup;
};

describe('findByRole', () => {
  it.each([
    ['native button', '<button>New registration</button>'],
    ['ARIA button with icon', '<div role="button" tabindex="0"><i aria-hidden="true">+</i> New registration</div>'],
    ['aria-label', '<button aria-label="New registration"><svg></svg></button>'],
    ['aria-labelledby', '<span id="l">New registration</span><button aria-labelledby="l"></button>'],
  ])('finds a %s by name', (_style, markup) => {
    html(markup);
    expect(findByRole(document, 'button', /^New registration$/)).toBeDefined();
  });

  it('skips hidden elements and other roles', () => {
    html(
      '<button hidden>Register</button><div aria-hidden="true"><button>Register</button></div><a href="#">Register</a>',
    );
    expect(findByRole(document, 'button', 'Register')).toBeUndefined();
    expect(findByRole(document, 'link', 'Register')).toBeDefined();
  });
});

describe('findFieldByLabel', () => {
  it.each([
    ['label[for]', '<label for="n">Name</label><input id="n">'],
    ['wrapping label', '<label>Name <input></label>'],
    ['aria-labelledby', '<div id="t">Name</div><div role="textbox" aria-labelledby="t" contenteditable></div>'],
    ['aria-label', '<input aria-label="Name">'],
  ])('finds a field by %s', (_style, markup) => {
    html(markup);
    expect(findFieldByLabel(document, /^Name\b/)).toBeDefined();
  });

  it('reads the accessible name as a person hears it', () => {
    html('<label for="x">Directory (tenant) ID <span aria-hidden="true">*</span></label><input id="x">');
    expect(accessibleName(document.getElementById('x')!)).toBe('Directory (tenant) ID');
  });
});

describe('Overview essentials', () => {
  const ids = { client: guid(), object: guid(), tenant: guid() };
  const route: PortalRoute = {
    extension: 'Microsoft_AAD_RegisteredApps',
    blade: 'ApplicationMenuBlade',
    item: 'Overview',
    params: { appId: ids.client, objectId: ids.object },
  };
  const styles = {
    'sibling divs': `
      <div class="essentials">
        <div><div>Application (client) ID</div><div>${ids.client} <button aria-label="Copy to clipboard"></button></div></div>
        <div><div>Object ID</div><div>${ids.object}</div></div>
        <div><div>Directory (tenant) ID</div><div><span>${ids.tenant}</span><button title="Copy to clipboard"></button></div></div>
      </div>`,
    'definition list': `
      <dl>
        <dt>Object ID</dt><dd>${ids.object}</dd>
        <dt>Application (client) ID</dt><dd>${ids.client}</dd>
        <dt>Directory (tenant) ID</dt><dd>${ids.tenant}</dd>
      </dl>`,
    'table rows': `
      <table><tbody>
        <tr><th scope="row">Directory (tenant) ID</th><td>${ids.tenant}</td></tr>
        <tr><th scope="row">Application (client) ID</th><td>${ids.client}</td></tr>
        <tr><th scope="row">Object ID</th><td>${ids.object}</td></tr>
      </tbody></table>`,
  };

  it.each(Object.entries(styles))(
    'reads the IDs in %s: the client ID is the route’s appId, never the Object ID',
    (_s, markup) => {
      html(markup);
      expect(readOverviewIds(document, route)).toEqual([
        { field: 'tenantId', value: ids.tenant },
        { field: 'objectId', value: ids.object },
        { field: 'clientId', value: ids.client },
      ]);
    },
  );

  it('takes nothing while the page shows another app than the route names', () => {
    html(styles['sibling divs']);
    expect(readOverviewIds(document, { ...route, params: { appId: guid(), objectId: ids.object } })).toEqual([]);
  });

  it('knows which value a Copy to clipboard button copies', () => {
    html(styles['sibling divs']);
    const buttons = document.querySelectorAll('button');
    expect(valueBesideCopyButton(buttons[0]!, route, [])).toEqual({ field: 'clientId', value: ids.client });
    expect(valueBesideCopyButton(buttons[1]!, route, [])).toEqual({ field: 'tenantId', value: ids.tenant });
  });

  it('finds a value next to a label, and nothing without an acceptable value', () => {
    html(`<div><span>Client credentials</span><a href="#">Add a certificate or secret</a></div>`);
    expect(findValueNextToLabel(document, /^Client credentials$/, (t) => t.startsWith('Add'))?.value).toBe(
      'Add a certificate or secret',
    );
    expect(findValueNextToLabel(document, /^Client credentials$/, () => false)).toBeUndefined();
  });
});

describe('client secrets grid', () => {
  const value = currentSecret();
  const secretId = guid();
  const grid = (shown: string) => `
    <div role="grid">
      <div role="row"><div role="columnheader">Description</div><div role="columnheader">Expires</div>
        <div role="columnheader">Value</div><div role="columnheader">Secret ID</div></div>
      <div role="row"><div role="gridcell">idemeum</div><div role="gridcell">11/26/2028</div>
        <div role="gridcell">${shown}<button aria-label="Copy to clipboard"></button></div>
        <div role="gridcell">${secretId}<button aria-label="Copy to clipboard"></button></div></div>
    </div>`;

  it('reads the Value right after creation, with the expiry', () => {
    html(grid(value));
    expect(readSecretRows(document, ['en-US'])).toEqual([
      { element: expect.any(HTMLElement), secretId, value, masked: false, expiresAt: '2028-11-26T00:00:00.000Z' },
    ]);
  });

  it('sees a masked value as masked, and never as a value', () => {
    html(grid(`${value.slice(0, 3)}**********************`));
    expect(readSecretRows(document, ['en-US'])[0]).toMatchObject({ value: undefined, masked: true });
  });

  it('tells the Secret ID copy button from the Value one', () => {
    html(grid(value));
    const [valueButton, idButton] = Array.from(document.querySelectorAll('button'));
    const route: PortalRoute = { blade: 'ApplicationMenuBlade', item: 'Credentials', params: {} };
    expect(valueBesideCopyButton(valueButton!, route, ['en-US'])).toMatchObject({ field: 'secret', value });
    expect(valueBesideCopyButton(idButton!, route, ['en-US'])).toEqual({ field: 'secretId' });
  });
});

describe('configured permissions', () => {
  const row = (name: string, type: string, status: string) =>
    `<tr><td>${name}</td><td>${type}</td><td>desc</td><td>Yes</td><td>${status}</td></tr>`;
  it('reads Graph rows, and reviews delegated-instead, missing, not granted and extras', () => {
    const [first, second, ...rest] = REQUIRED_GRAPH_ROLES.map((r) => r.name);
    html(`<table>
      <thead><tr><th>API / Permissions name</th><th>Type</th><th>Description</th><th>Admin consent required</th><th>Status</th></tr></thead>
      <tbody>
        <tr><td colspan="5">Microsoft Graph (14)</td></tr>
        ${row('User.Read', 'Delegated', '')}
        ${row(first!, 'Delegated', '')}
        ${row(second!, 'Application', 'Not granted for Contoso')}
        ${rest.map((n) => row(n, 'Application', 'Granted for Contoso')).join('')}
        ${row('Mail.Read', 'Application', 'Granted for Contoso')}
      </tbody></table>`);
    const rows = readConfiguredPermissions(document)!;
    expect(rows).toHaveLength(14);
    expect(reviewPermissions(rows)).toEqual({
      configuredAsApplication: [second, ...rest],
      delegatedInstead: [first],
      missing: [first],
      notGranted: [second],
      extras: ['Mail.Read'],
    });
  });
});
