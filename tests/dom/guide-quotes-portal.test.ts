// The tooltip quotes the screen: a sentence in the browser's language names the portal's controls in the
// portal's detected language (English wording when that is not known), as placeholders of one message.
import { afterEach, describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { useCatalog } from '../support/i18n-setup';
import { contextOn, wordsOf } from '../support/portal-steps';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const API = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${crypto.randomUUID()}`;

afterEach(() => {
  useCatalog(en);
  document.body.innerHTML = '';
});

describe('the tooltip quotes the portal in its own language', () => {
  it('browser in English, portal in German: an English sentence quoting “Neue Registrierung”', () => {
    const { text, lookFor } = wordsOf('portal.new-registration', contextOn(document, LIST, 'de'));
    expect(text).toBe('Press “Neue Registrierung” to create the app for idemeum.');
    expect(lookFor).toBe('the “Neue Registrierung” button at the top of App-Registrierungen.');
  });

  it('browser in German, portal in English: a German sentence quoting “New registration”', () => {
    useCatalog(de);
    const { text } = wordsOf('portal.new-registration', contextOn(document, LIST, 'en'));
    expect(text).toBe('Klicken Sie auf „New registration“, um die App für idemeum zu erstellen.');
  });

  it('a portal language the tables do not know: the English wording', () => {
    useCatalog(de);
    expect(wordsOf('portal.new-registration', contextOn(document, LIST)).text).toBe(
      'Klicken Sie auf „New registration“, um die App für idemeum zu erstellen.',
    );
  });

  it('the tenant’s place in a quoted command is said in the browser’s language', () => {
    const { text } = wordsOf('portal.grant-consent', contextOn(document, API, 'de'));
    expect(text).toMatch(/^Press “Administratorzustimmung für <your tenant> erteilen”\. Only a Global Administrator/);
  });

  it('the permissions still missing and those added as Delegated, counted in one sentence', () => {
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="columnheader">API / Permissions name</div>
      <div role="columnheader">Type</div><div role="columnheader">Status</div></div>
      <div role="row"><div role="gridcell">Microsoft Graph (1)</div></div>
      <div role="row"><div role="gridcell">User.Read.All</div><div role="gridcell">Delegated</div><div role="gridcell"></div></div></div>`;
    const { text } = wordsOf('portal.add-permission', contextOn(document, API, 'en'));
    expect(text).toBe(
      'Press “Add a permission” to add the 12 Microsoft Graph application permissions. User.Read.All is added as Delegated: idemeum needs them as Application permissions.',
    );
  });
});
