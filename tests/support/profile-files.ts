// Searching a browser profile directory on disk, for values that must never be written there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Every file under `dir` that contains `text` as UTF-8 or UTF-16LE bytes. */
export function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return filesUnder(dir).filter((file) => {
    if (statSync(file).size > 200_000_000) return false;
    const bytes = readFileSync(file);
    return needles.some((n) => bytes.includes(n));
  });
}
