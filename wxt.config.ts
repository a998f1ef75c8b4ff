import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { HOST_PERMISSIONS } from './lib/origins';

// Chrome/Edge and Firefox MV3 from one source. Auto-imports are off: every file says where its names come from.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Words from public/_locales (the browser picks the admin's language).
    name: '__MSG_ext_name__',
    short_name: '__MSG_ext_short_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'declarativeNetRequestWithHostAccess', 'identity'],
    host_permissions: [...HOST_PERMISSIONS],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'entra-assist@idemeum.com', strict_min_version: '128.0' } } }
      : {}),
  }),
});
