// A Firefox that fails to start leaves nothing behind: the sandbox, the proxy and the profile directory
// that started before it are undone, and the error is the launch's own.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchFirefox, until } from './harness';

const listeningServers = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;

describe('Firefox harness', () => {
  const outerTmp = process.env.TMPDIR;
  afterEach(() => {
    if (outerTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outerTmp;
  });

  it('undoes what it started when Firefox cannot be launched', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'harness-test-'));
    process.env.TMPDIR = tmp;
    const before = listeningServers();
    try {
      await expect(launchFirefox('/bin/false')).rejects.toThrow();
      expect(readdirSync(tmp)).toEqual([]);
      // A closed server leaves the list of active handles a moment after its close callback.
      await until(() => listeningServers() === before, 10_000, 'the sandbox and the proxy to close');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
