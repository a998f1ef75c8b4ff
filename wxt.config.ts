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
    name: 'idemeum setup assistant for Microsoft Entra ID',
    short_name: 'idemeum Entra assist',
    description:
      'Guides the Entra ID app registration for idemeum, checks the credentials, permissions and admin consent, and fills idemeum without copy-paste.',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'declarativeNetRequestWithHostAccess', 'identity'],
    host_permissions: [...HOST_PERMISSIONS],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'entra-assist@idemeum.com', strict_min_version: '128.0' } } }
      : {}),
  }),
});
