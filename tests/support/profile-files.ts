// Searching a browser profile directory on disk, for values that must never be written there. Firefox
// compresses its session store and some caches as mozLz4 ("mozLz40\0", the size, one LZ4 block): those are
// searched decompressed too. Its storage.local is IndexedDB (sqlite) with snappy-compressed values: a value
// that occurs once in a record stays a literal run, found as written (the Firefox tests check that with a
// value they write to storage.local themselves).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

const MOZ_LZ4 = Buffer.from('mozLz40\0', 'latin1');

/** One LZ4 block (the format's reference: literals, then matches copied from `offset` bytes back). */
export function lz4Block(src: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size);
  let i = 0;
  let o = 0;
  const length = (base: number) => {
    let n = base;
    if (base === 15) {
      let b: number;
      do {
        b = src[i++]!;
        n += b;
      } while (b === 255);
    }
    return n;
  };
  while (i < src.length) {
    const token = src[i++]!;
    const literals = length(token >> 4);
    src.copy(out, o, i, i + literals);
    i += literals;
    o += literals;
    if (i >= src.length) break;
    const offset = src[i]! | (src[i + 1]! << 8);
    i += 2;
    const match = length(token & 15) + 4;
    for (let k = 0; k < match; k++) out[o + k] = out[o + k - offset]!;
    o += match;
  }
  return out.subarray(0, o);
}

function readable(bytes: Buffer): Buffer[] {
  if (bytes.length < 12 || !bytes.subarray(0, 8).equals(MOZ_LZ4)) return [bytes];
  return [bytes, lz4Block(bytes.subarray(12), bytes.readUInt32LE(8))];
}

/** Every file under `dir` that contains `text` as UTF-8 or UTF-16LE bytes. */
export function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return filesUnder(dir).filter((file) => {
    if (statSync(file).size > 200_000_000) return false;
    return readable(readFileSync(file)).some((bytes) => needles.some((n) => bytes.includes(n)));
  });
}
