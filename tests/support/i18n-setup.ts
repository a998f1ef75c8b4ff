// browser.i18n for unit and DOM tests: WXT's fake browser has none. getMessage answers from a catalog in
// public/_locales (English unless a test switches), the way Chromium does: '' for an unknown name.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';

export type Catalog = Record<string, { message: string }>;

export function useCatalog(catalog: Catalog): void {
  fakeBrowser.i18n.getMessage = ((name: string) => catalog[name]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
}

useCatalog(en);
