// Manifest audit of the built extension: exactly the documented permissions, no <all_urls>, no remote
// code, and no content security policy weaker than the default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('manifest', () => {
  it('asks for exactly the documented permissions', () => {
    expect([...manifest.permissions].sort()).toEqual(
      [
        'alarms',
        'declarativeNetRequestWithHostAccess',
        'identity',
        'notifications',
        'scripting',
        'sidePanel',
        'storage',
      ].sort(),
    );
    expect(manifest.host_permissions).toEqual([
      'https://portal.azure.com/*',
      'https://preview.portal.azure.com/*',
      'https://entra.microsoft.com/*',
      'https://aad.portal.azure.com/*',
      'https://*.reactblade.portal.azure.net/*',
      'https://*.reactblade-ms.portal.azure.net/*',
      'https://*.reactblade-rc.portal.azure.net/*',
      'https://*.hosting.portal.azure.net/*',
      'https://*.idemeum.com/*',
      'https://login.microsoftonline.com/*',
      'https://graph.microsoft.com/*',
    ]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('has no <all_urls>, no http: and no broad match anywhere', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"(\*|https?):\/\/\*\/\*"/);
    expect(text).not.toContain('http://');
  });

  it('loads no remote code and keeps the default content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    const bundles = [
      manifest.background.service_worker,
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
    ];
    for (const file of bundles) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(\s*['"]https?:/);
    }
  });
});
