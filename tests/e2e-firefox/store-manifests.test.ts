// What the stores check in the built manifests, in every locale: AMO's 45-character name and its data collection
// declaration (with the Firefox version that knows it), the Chrome Web Store's 132-character description,
// and Firefox's sidebar and event page where Chromium has a side panel and a service worker.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
type Manifest = Record<string, unknown> & { name: string; description: string };

function built(dir: string): Manifest {
  const path = join(OUTPUT, dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`Build first (npm run zip): ${path} is missing`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A manifest text as shown in each locale the build carries, with __MSG_key__ read from its catalog. */
function shownInEachLocale(dir: string, text: string): [string, string][] {
  const key = /^__MSG_(\w+)__$/.exec(text)?.[1];
  if (!key) return [['as written', text]];
  const locales = readdirSync(join(OUTPUT, dir, '_locales'));
  expect(locales.length).toBeGreaterThan(1);
  return locales.map((locale) => {
    const messages = JSON.parse(readFileSync(join(OUTPUT, dir, '_locales', locale, 'messages.json'), 'utf8'));
    return [locale, messages[key].message];
  });
}

describe('store manifests', () => {
  const chrome = built('chrome-mv3');
  const firefox = built('firefox-mv3');

  it('name within AMO’s 45 characters, description within the Chrome Web Store’s 132', () => {
    for (const [dir, m] of [
      ['chrome-mv3', chrome],
      ['firefox-mv3', firefox],
    ] as const) {
      for (const [locale, name] of shownInEachLocale(dir, m.name)) {
        expect(name.length, `${dir} ${locale} name: ${name}`).toBeLessThanOrEqual(45);
      }
      for (const [locale, description] of shownInEachLocale(dir, m.description)) {
        expect(description.length, `${dir} ${locale} description: ${description}`).toBeLessThanOrEqual(132);
      }
    }
  });

  it('Firefox: gecko id, authentication info declared as the only data collected, Firefox 140+', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: 'entra-assist@idemeum.com',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['authenticationInfo'] },
      },
    });
  });

  it('Firefox: an event page and a sidebar; Chromium: a service worker and a side panel', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(chrome.background).toMatchObject({ service_worker: 'background.js' });
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });
});
