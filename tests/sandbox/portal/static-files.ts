// Serves the replica's browser code and styles (portal/public/*.js, *.css) as they are on disk: no build step.
import { readdir, readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { sendText } from '../http-kit';

export const STATIC_PREFIX = '/_sandbox/static/';

const PUBLIC_DIR = new URL('./public/', import.meta.url);
const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css' };

let fileNames: Promise<Set<string>> | undefined;

function publicFiles(): Promise<Set<string>> {
  fileNames ??= readdir(PUBLIC_DIR).then((names) => new Set(names));
  return fileNames;
}

export async function sendStatic(res: ServerResponse, pathname: string): Promise<void> {
  const name = pathname.slice(STATIC_PREFIX.length);
  const ext = /^[a-z0-9-]+\.(js|css)$/.exec(name)?.[1];
  const type = ext ? CONTENT_TYPES[ext] : undefined;
  if (!type || !(await publicFiles()).has(name)) {
    sendText(res, 404, 'not found');
    return;
  }
  sendText(res, 200, await readFile(new URL(name, PUBLIC_DIR), 'utf8'), type);
}
