// The profile search reads Firefox's mozLz4 files decompressed: a value inside one is found.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesContaining, lz4Block } from '../support/profile-files';

/** "abcabcabcabc-VALUE": 3 literals, a match of 9 from 3 back, then the rest as literals. */
function compressed(value: string): Buffer {
  const tail = Buffer.from(`-${value}`);
  const block = Buffer.concat([
    Buffer.from([0x35]), // 3 literals, match length 5 + 4 = 9
    Buffer.from('abc'),
    Buffer.from([3, 0]), // offset 3
    Buffer.from([0xf0, tail.length - 15]), // the last literals (15 + n)
    tail,
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(12 + tail.length);
  return Buffer.concat([Buffer.from('mozLz40\0', 'latin1'), size, block]);
}

describe('profile search', () => {
  it('decodes an LZ4 block with an overlapping match', () => {
    const file = compressed('a-value-long-enough');
    expect(lz4Block(file.subarray(12), file.readUInt32LE(8)).toString()).toBe('abcabcabcabc-a-value-long-enough');
  });

  it('finds a value only stored compressed in a mozLz4 file, and not in other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-search-'));
    try {
      writeFileSync(join(dir, 'recovery.jsonlz4'), compressed('secret-text-in-session'));
      writeFileSync(join(dir, 'prefs.js'), 'nothing here');
      expect(filesContaining(dir, 'secret-text-in-session')).toEqual([join(dir, 'recovery.jsonlz4')]);
      expect(filesContaining(dir, 'absent')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
