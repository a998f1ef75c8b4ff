// The extension in the browser's language, in real Chromium launched in German and in Japanese: the popup,
// side panel and express page speak it (catalog, plurals, <html lang>), so do the value checks, the
// background's replies, the badge title, the check's diagnosis and the options page's customer list; fit 360 px
// without overflow, and axe finds nothing serious or critical.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithPermissions } from '../sandbox/scenarios';
import { catalogOf, wordsOf } from '../support/catalog';
import { guid } from '../support/generated';
import { seriousViolations } from './axe';
import { message, runCheck, setCredentials, state } from './extension-api';
import { EXTENSION_DIR, type Harness, launch } from './harness';

async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = document.documentElement.scrollWidth > width ? [`page: ${document.documentElement.scrollWidth}`] : [];
    return [
      ...wide,
      ...[...document.querySelectorAll('body *')]
        // Sticking out of the page, or text spilling out of its box (an input scrolls its own text by design).
        .filter(
          (el) =>
            el.getBoundingClientRect().right > width + 0.5 ||
            (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1 && el.tagName !== 'INPUT'),
        )
        .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 60)}`),
    ];
  });
}

async function open(h: Harness, path: string): Promise<Page> {
  const page = await h.openExtensionPage(path);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

describe.each([
  ['de', 'de'],
  ['ja', 'ja'],
])('the extension in %s', (language, locale) => {
  const m = wordsOf(language);
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ language });
    const s = appWithPermissions(h.sandbox.state, { name: `i18n-${language}`, roles: 9, consent: true });
    await setCredentials(h, { tenantId: s.tenantId, clientId: s.app.appId, secret: s.secret.secretText });
    await runCheck(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('popup: its words, plurals and numbers in the language, 360 px without overflow, no serious axe finding', async () => {
    const popup = await open(h, 'popup.html');
    expect(await popup.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      locale,
      m('page_title_assistant'),
    ]);
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe(m('panel_title'));
    // 9 is "other" in both languages' plural rules.
    expect(
      await popup
        .getByRole('status')
        .filter({ hasText: m('granted_of_12_other', { count: '9' }) })
        .count(),
    ).toBe(1);
    expect(await popup.getByRole('button', { name: m('send_fill_user_source') }).count()).toBe(1);
    expect(await popup.getByText(m('send_anyway')).count()).toBe(1);
    expect(await overflowing(popup)).toEqual([]);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the value checks, the background’s replies and the badge title speak the language too', async () => {
    const popup = await open(h, 'popup.html');
    const tenant = m('field_tenant_id');
    await popup.getByRole('button', { name: m('credentials_change_named', { field: tenant }) }).click();
    await popup.getByRole('textbox', { name: tenant }).fill('contoso.onmicrosoft.com');
    await popup.getByRole('textbox', { name: tenant }).press('Enter');
    expect(await popup.getByRole('alert').textContent()).toBe(m('credentials_tenant_is_domain'));

    const secretId = await message(h, { type: 'credentials.set', field: 'secret', value: guid() });
    expect(secretId).toEqual({ ok: false, error: m('credentials_secret_is_secret_id') });
    const noProfile = await message(h, { type: 'profiles.switch', id: 'none' });
    expect(noProfile).toEqual({ ok: false, error: m('profile_not_found') });
    const title = () =>
      popup.evaluate(() =>
        (
          globalThis as unknown as { chrome: { action: { getTitle: (d: object) => Promise<string> } } }
        ).chrome.action.getTitle({}),
      );
    await expect.poll(title).toBe(m('badge_incomplete', { granted: '9' }));
    await popup.close();
  });

  it('the check’s diagnosis and the options page’s customer list speak the language', async () => {
    const result = (await state(h)).check.result;
    expect(result?.diagnosis?.title).toBe(m('check_some_no_consent_title_other', { count: '3' }));
    expect(result?.diagnosis?.fix).toBe(m('check_no_consent_fix'));
    const popup = await open(h, 'popup.html');
    expect(await popup.getByText(m('check_no_consent_fix')).count()).toBe(1);
    await popup.close();

    const options = await open(h, 'options.html');
    expect(await options.getByRole('heading', { name: m('customers_profiles_title') }).count()).toBe(1);
    expect(await options.getByLabel(m('customers_filter')).count()).toBe(1);
    expect(await options.getByRole('combobox', { name: m('customers_sort') }).count()).toBe(1);
    expect(
      await options
        .getByText(m(`customers_profiles_hint_${language === 'ja' ? 'other' : 'one'}`, { count: '1' }))
        .count(),
    ).toBe(1);
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('side panel: the same view in the language, 360 px without overflow, no serious axe finding', async () => {
    const panel = await open(h, 'sidepanel.html');
    expect(await panel.getByRole('heading', { name: m('permissions_title') }).count()).toBe(1);
    expect(await overflowing(panel)).toEqual([]);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('express page: the language, 360 px without overflow, no serious axe finding', async () => {
    const page = await open(h, 'express.html');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(m('express_page_title'));
    expect(await page.getByRole('button', { name: m('sign_in_open_options') }).count()).toBe(1);
    expect(await overflowing(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the catalogs in the build', () => {
  const files = readdirSync(EXTENSION_DIR, { recursive: true }).map(String);

  it('no script carries a catalog: the browser reads only its own language’s messages.json', () => {
    const scripts = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8'));
    for (const locale of ['en', 'de', 'ja']) {
      const sample = catalogOf(locale).sign_in_cannot_grant_detail?.message ?? '';
      expect(sample.length).toBeGreaterThan(0);
      for (const code of scripts) expect(code).not.toContain(sample.slice(0, 40));
    }
  });

  it('ships the eight catalogs, English the default', () => {
    expect(files.filter((f) => f.endsWith('messages.json')).sort()).toEqual(
      ['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt_BR'].map((l) => join('_locales', l, 'messages.json')),
    );
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect([manifest.default_locale, manifest.name, manifest.description]).toEqual([
      'en',
      '__MSG_ext_name__',
      '__MSG_ext_description__',
    ]);
  });
});
