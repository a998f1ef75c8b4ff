import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { HOST_PERMISSIONS } from './lib/origins';

// Firefox: what AMO asks since November 2025. The extension sends authentication info (the app's client
// secret and IDs) to Microsoft's token endpoint, and into idemeum's form at the admin's click; nothing else
// leaves the browser. data_collection_permissions needs Firefox 140.
const GECKO = {
  id: 'entra-assist@idemeum.com',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['authenticationInfo'] },
};

// Chrome/Edge and Firefox MV3 from one source. Auto-imports are off: every file says where its names come from.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  // AMO's sources zip: what builds the extension, not what the demo and the benchmark write locally.
  zip: { excludeSources: ['demo-output/**', 'bench-output/**', 'test-results/**', '**/*.log'] },
  manifest: ({ browser }) => ({
    // Words from public/_locales (the browser picks the admin's language).
    name: '__MSG_ext_name__',
    short_name: '__MSG_ext_short_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'declarativeNetRequestWithHostAccess', 'identity'],
    host_permissions: [...HOST_PERMISSIONS],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO } } : {}),
  }),
});
