// The single-page app's shell and its static browser files (plain JS and CSS read from ./public).
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { escapeHtml, sendHtml, sendText } from '../http-kit';
import type { ConsoleTenant } from './host';

const ASSET = /^\/assets\/([a-z][a-z-]*\.(js|css))$/;
const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css' };

export function sendShell(res: ServerResponse, tenant: ConsoleTenant): void {
  sendHtml(
    res,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(tenant.displayName)} · idemeum admin portal</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/console.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<div id="root" class="boot"><p class="boot-text">Loading admin portal…</p></div>
<noscript>The idemeum admin portal needs JavaScript.</noscript>
</body>
</html>
`,
  );
}

/** Serves /assets/<name>.js|css from ./public; false when the path is not an asset path. */
export async function sendAsset(res: ServerResponse, pathname: string): Promise<boolean> {
  const match = ASSET.exec(pathname);
  const [, name, extension] = match ?? [];
  if (!name || !extension) return false;
  try {
    const text = await readFile(new URL(`./public/${name}`, import.meta.url), 'utf8');
    sendText(res, 200, text, CONTENT_TYPES[extension]);
  } catch {
    sendText(res, 404, 'not found');
  }
  return true;
}
