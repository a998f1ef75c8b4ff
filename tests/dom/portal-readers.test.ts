// Every portal reader on fixture HTML shaped like the real portal's React views (FACTS.md §3a): Fluent UI v8
// markup with icon glyphs (Private Use Area characters in aria-hidden <i>), a selection column first in
// DetailsList grids, sort glyphs in headers, a copy button inside the Value cell, German and a pseudo-locale.
// GUIDs and secrets are generated at run time.
import { afterEach, describe, expect, it } from 'vitest';
import { readOverviewIds, readSecretRows, valueBesideCopyButton } from '../../lib/capture/portal-capture';
import { accessibleName } from '../../lib/dom/accessible-name';
import { findByRole, findValueNextToLabel } from '../../lib/dom/find';
import { findGrids, readGrid } from '../../lib/dom/grid';
import { visibleText } from '../../lib/dom/visible-text';
import { nearbyNames } from '../../lib/guide/health-report';
import { portalSteps } from '../../lib/playbook/portal';
import { readConfiguredPermissions, requiredCheckboxes } from '../../lib/playbook/portal-permissions';
import type { PortalRoute } from '../../lib/playbook/portal-route';
import { REQUIRED_GRAPH_ROLES } from '../../lib/requirements';
import { isGuid } from '../../lib/value-shapes';
import { wording } from '../../lib/wording/match';
import { currentSecret, guid } from '../support/generated';

const COPY = '\uE8C8';
const ADD = '\uE710';
const SORT = '\uE70D';
const icon = (glyph: string, name = 'Copy') => `<i data-icon-name="${name}" aria-hidden="true">${glyph}</i>`;
const copyButton = (label = 'Copy to clipboard') =>
  `<button type="button" aria-label="${label}" title="${label}">${icon(COPY)}</button>`;

afterEach(() => {
  document.body.innerHTML = '';
});
const html = (markup: string) => {
  document.body.innerHTML = markup;
};

describe('visible text', () => {
  it('reads what the accessibility tree reads: no aria-hidden, no hidden, no icon glyphs', () => {
    html(`<div id="cell">${icon(ADD, 'Add')} New client secret <span hidden>draft</span>
      <span aria-hidden="true">decoration</span><span class="sr-only">(preview)</span> ${'\uE8C8'}</div>`);
    expect(visibleText(document.getElementById('cell')!)).toBe('New client secret (preview)');
  });

  it('names a button without its icon glyph, even one not marked aria-hidden', () => {
    html(`<button>${icon(ADD, 'Add')}New client secret</button><button><i>${ADD}</i> Neue Registrierung</button>`);
    const [first, second] = Array.from(document.querySelectorAll('button'));
    expect(accessibleName(first!)).toBe('New client secret');
    expect(accessibleName(second!)).toBe('Neue Registrierung');
    expect(findByRole(document, 'button', wording('newRegistration'))).toBe(second);
  });
});

/** A Fluent DetailsList: a selection column first, glyphs in headers, cells in any order. */
function detailsList(headers: string[], rows: string[][]): string {
  const header = `<div role="row"><div role="columnheader"><div role="checkbox" aria-label="Toggle selection for all items">${icon('\uE73E', 'CheckMark')}</div></div>${headers
    .map((h) => `<div role="columnheader"><span>${h}</span>${icon(SORT, 'SortDown')}</div>`)
    .join('')}</div>`;
  const body = rows
    .map(
      (cells) =>
        `<div role="presentation" data-automationid="ListCell"><div role="row"><div role="gridcell"><div role="checkbox" aria-label="Select row">${icon('\uE73E', 'CheckMark')}</div></div>${cells
          .map((c) => `<div role="gridcell">${c}</div>`)
          .join('')}</div></div>`,
    )
    .join('');
  return `<div role="grid" aria-label="list"><div role="presentation">${header}</div><div role="presentation">${body}</div></div>`;
}

describe('grids', () => {
  it('read headers and cells without glyphs, in column order, selection column included', () => {
    html(detailsList(['Description', 'Expires'], [['idemeum', `11/26/2028 ${icon('\uE787', 'Calendar')}`]]));
    const grid = readGrid(findGrids(document, [wording('expires')])[0]!);
    expect(grid.headers).toEqual(['', 'Description', 'Expires']);
    expect(grid.rows[0]!.cells.map((c) => c.text)).toEqual(['', 'idemeum', '11/26/2028']);
  });
});

describe('the client secret', () => {
  const credentialsRoute: PortalRoute = { blade: 'ApplicationMenuBlade', item: 'Credentials', params: {} };
  const variants = {
    'English, Value column third': {
      headers: ['Description', 'Expires', 'Value', 'Secret ID'],
      order: (d: string, e: string, v: string, id: string) => [d, e, v, id],
      date: '11/26/2028',
      locales: ['en-US'],
    },
    'German, dd.mm.yyyy': {
      headers: ['Beschreibung', 'Gilt bis', 'Wert', 'Geheime ID'],
      order: (d: string, e: string, v: string, id: string) => [d, e, v, id],
      date: '26.11.2028',
      locales: ['de-DE'],
    },
    'an unknown language, Value column moved first': {
      headers: ['[Ṽåļûé]', '[Ðéšçŕîþţîöñ]', '[Šéçŕéţ ÎÐ]', '[Éẋþîŕéš]'],
      order: (d: string, e: string, v: string, id: string) => [v, d, id, e],
      date: '11/26/2028',
      locales: ['en-US'],
    },
  };

  it.each(Object.entries(variants))('is the one value of its shape in its row (%s), never the Secret ID', (_n, v) => {
    const value = currentSecret();
    const secretId = guid();
    const valueCell = `<span>${value}</span>${copyButton()}`;
    const idCell = `<span>${secretId}</span>${copyButton()}`;
    html(detailsList(v.headers, [v.order('idemeum', v.date, valueCell, idCell)]));
    const rows = readSecretRows(document, v.locales);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value, secretId, masked: false, expiresAt: '2028-11-26T00:00:00.000Z' });

    const [valueButton, idButton] = Array.from(document.querySelectorAll('button'));
    expect(valueBesideCopyButton(valueButton!, credentialsRoute, v.locales)).toEqual({
      field: 'secret',
      value,
      expiresAt: '2028-11-26T00:00:00.000Z',
    });
    expect(valueBesideCopyButton(idButton!, credentialsRoute, v.locales)).toEqual({ field: 'secretId' });
  });

  it('takes nothing from a button with words (Add) or outside Overview’s essentials, whatever GUID is near', () => {
    html(`<div><span>${guid()}</span><button>Add</button>${copyButton()}</div>`);
    const [add, copy] = Array.from(document.querySelectorAll('button'));
    const app = { appId: guid(), objectId: guid() };
    expect(valueBesideCopyButton(add!, { ...credentialsRoute, params: app }, [])).toBeUndefined();
    expect(valueBesideCopyButton(copy!, { ...credentialsRoute, params: app }, [])).toBeUndefined();
  });

  it('sees a masked value as masked, never as a value', () => {
    const value = currentSecret();
    html(
      detailsList(
        ['Description', 'Expires', 'Value', 'Secret ID'],
        [['idemeum', '11/26/2028', `${value.slice(0, 3)}${'*'.repeat(20)}`, guid()]],
      ),
    );
    expect(readSecretRows(document, ['en-US'])[0]).toMatchObject({ value: undefined, masked: true });
  });
});

describe('Overview', () => {
  const ids = () => ({ client: guid(), object: guid(), tenant: guid() });
  const essentials = (labels: [string, string, string], v: ReturnType<typeof ids>) => `
    <main><h2>${icon('\uE76C', 'ChevronDown')} Essentials</h2>
      <div><div>${labels[0]}</div><div><span>${v.client}</span>${copyButton()}</div></div>
      <div><div>${labels[1]}</div><div><span>${v.object}</span>${copyButton()}</div></div>
      <div><div>${labels[2]}</div><div><span>${v.tenant}</span>${copyButton()}</div></div>
      <div><div>Supported account types</div><div><a href="#">My organization only</a></div></div>
    </main>`;
  const routeOf = (v: ReturnType<typeof ids>): PortalRoute => ({
    extension: 'Microsoft_AAD_RegisteredApps',
    blade: 'ApplicationMenuBlade',
    item: 'Overview',
    params: { appId: v.client, objectId: v.object },
  });

  it.each([
    ['English', ['Application (client) ID', 'Object ID', 'Directory (tenant) ID']],
    ['German', ['Anwendungs-ID (Client)', 'Objekt-ID', 'Verzeichnis-ID (Mandant)']],
    ['a pseudo-locale no table knows', ['[Åþþļîçåţîöñ (çļîéñţ) ÎÐ]', '[Öƀĵéçţ ÎÐ]', '[Ðîŕéçţöŕý (ţéñåñţ) ÎÐ]']],
  ] as const)('gives the route’s appId as client ID and the tenant in %s', (_n, labels) => {
    const v = ids();
    html(essentials([...labels], v));
    expect(readOverviewIds(document, routeOf(v))).toEqual([
      { field: 'tenantId', value: v.tenant },
      { field: 'objectId', value: v.object },
      { field: 'clientId', value: v.client },
    ]);
    const buttons = Array.from(document.querySelectorAll('button'));
    expect(valueBesideCopyButton(buttons[0]!, routeOf(v), [])).toEqual({ field: 'clientId', value: v.client });
    expect(valueBesideCopyButton(buttons[1]!, routeOf(v), [])).toEqual({ field: 'objectId', value: v.object });
    expect(valueBesideCopyButton(buttons[2]!, routeOf(v), [])).toEqual({ field: 'tenantId', value: v.tenant });
  });

  it('reads a labelled value without the copy button’s glyph', () => {
    const v = ids();
    html(essentials(['Anwendungs-ID (Client)', 'Objekt-ID', 'Verzeichnis-ID (Mandant)'], v));
    expect(findValueNextToLabel(document, wording('tenantIdLabel'), isGuid)?.value).toBe(v.tenant);
  });

  it('takes nothing from a page of another app, nor the Object ID as client ID', () => {
    const v = ids();
    html(essentials(['Application (client) ID', 'Object ID', 'Directory (tenant) ID'], v));
    expect(readOverviewIds(document, { ...routeOf(v), params: { appId: guid(), objectId: v.object } })).toEqual([]);
    expect(readOverviewIds(document, { ...routeOf(v), params: { appId: v.object, objectId: v.object } })).toEqual([]);
  });

  it('leaves the tenant out when the labels are unknown and more than one other GUID is on the page', () => {
    const v = ids();
    html(`${essentials(['[À]', '[Ɓ]', '[Ç]'], v)}<p>${guid()}</p>`);
    expect(readOverviewIds(document, routeOf(v))).toEqual([
      { field: 'objectId', value: v.object },
      { field: 'clientId', value: v.client },
    ]);
  });
});

describe('configured permissions', () => {
  const names = REQUIRED_GRAPH_ROLES.map((r) => r.name);
  const status = (granted: boolean) =>
    `${icon(granted ? '\uE930' : '\uE7BA', granted ? 'Completed' : 'Warning')}${granted ? 'Gewährt für Contoso' : 'Nicht gewährt für Contoso'}`;

  it('reads a German DetailsList: type from the default User.Read row, status by its wording', () => {
    const [first, ...rest] = names;
    html(
      detailsList(
        ['API/Berechtigungsname', 'Typ', 'Beschreibung', 'Administratorzustimmung erforderlich', 'Status', 'Aktionen'],
        [
          [`${icon('\uE70D', 'ChevronDown')}Microsoft Graph (13)`],
          ['User.Read', 'Delegiert', 'Anmelden', 'Nein', '', '<button aria-label="Weitere Aktionen">...</button>'],
          [first!, 'Anwendung', 'x', 'Ja', status(false), ''],
          ...rest.map((n) => [n, 'Anwendung', 'x', 'Ja', status(true), '']),
        ],
      ),
    );
    const rows = readConfiguredPermissions(document)!;
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({ name: 'User.Read', type: 'Delegated', granted: null, status: '' }); // no status text: unknown
    expect(rows[1]).toEqual({
      name: first,
      type: 'Application',
      granted: false,
      status: 'Nicht gewährt für Contoso',
    });
    expect(rows.slice(2).every((r) => r.type === 'Application' && r.granted)).toBe(true);
  });

  it('a status shown only as an icon with a tooltip reads as unknown, its tooltip kept to notice a change', () => {
    const iconOnly = (tip: string) =>
      `<span>${icon('\uE930', 'Completed')}<span role="tooltip" hidden>${tip}</span></span>`;
    const read = (tip: string) => {
      html(
        detailsList(
          ['API/Berechtigungsname', 'Typ', 'Beschreibung', 'Administratorzustimmung erforderlich', 'Status'],
          [
            [`${icon('\uE70D', 'ChevronDown')}Microsoft Graph (12)`],
            ...names.map((n) => [n, 'Application', 'x', 'Ja', iconOnly(tip)]),
          ],
        ),
      );
      return readConfiguredPermissions(document)!;
    };
    const before = read('Zustimmung ausstehend');
    const after = read('Zustimmung erteilt');
    expect(before.map((r) => r.granted)).toEqual(names.map(() => null));
    expect(before[0]?.status).toBe('Zustimmung ausstehend');
    expect(after[0]?.status).toBe('Zustimmung erteilt');
  });

  it('finds the checkbox whose row holds the permission’s API name, whatever the box is called', () => {
    html(
      `<div role="dialog">${names
        .map(
          (n) =>
            `<div role="row"><div role="checkbox" aria-checked="false" aria-label="[Šéļéçţ]"></div><span>${n}</span><span>[Ðéšçŕîþţîöñ]</span></div>`,
        )
        .join('')}</div>`,
    );
    expect([...requiredCheckboxes(document).keys()].sort()).toEqual([...names].sort());
  });
});

describe('playbook targets in a language no table knows', () => {
  const step = (id: string) => portalSteps.find((s) => s.id === id)!;

  it('takes a link to the blade’s route, never a guessed button', () => {
    html(`<nav><a href="#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${guid()}">[Çéŕţîƒîçåţéš]</a>
      <a href="#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${guid()}">[ÅÞÎ]</a></nav>
      <button>[Ñéŵ ŕéĝîšţŕåţîöñ]</button>`);
    expect(step('portal.open-certificates').target(document)?.textContent).toBe('[Çéŕţîƒîçåţéš]');
    expect(step('portal.open-api-permissions').target(document)?.textContent).toBe('[ÅÞÎ]');
    expect(step('portal.new-registration').target(document)).toBeUndefined();
    expect(step('portal.add-permission').target(document)).toBeUndefined();
  });

  it('takes the expiry choice of the pane that shows a preset lifetime', () => {
    html(`<div role="dialog"><input aria-label="[Ðéšçŕîþţîöñ]"><select aria-label="[Éẋþîŕéš]">
      <option>[Ŕéçöɱɱéñðéð: 180 ðåýš (6 ɱöñţĥš)]</option><option>[730 ðåýš (24 ɱöñţĥš)]</option></select></div>`);
    expect(step('portal.secret-expiry').target(document)?.tagName).toBe('SELECT');
  });
});

describe('guide health names', () => {
  it('keeps the names of the controls on screen, without values, addresses or the tenant’s name', () => {
    html(`<main><h1>Contoso | App registrations</h1>
      <button>${icon(ADD, 'Add')}Grant admin consent for Contoso</button>
      <button>${guid()}</button><button>${currentSecret()}</button>
      <a href="#">admin@contoso.onmicrosoft.com</a><button>Refresh</button></main>`);
    expect(nearbyNames(document)).toEqual([
      '<tenant> | App registrations',
      'Grant admin consent for <tenant>',
      'Refresh',
    ]);
  });
});
