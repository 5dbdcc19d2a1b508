import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_MATERIAL_BYTES } from '../src/core/material/sizeLimit.js';
import { readMaterialFile } from '../src/files/materialFile.js';
import { MaterialRotation } from '../src/files/materialRotation.js';
import { loadMaterial } from '../src/core/material/index.js';
import { CLI_NAMES } from '../src/cli/names.js';
import { createTestPki } from './helpers/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'rac-material-file-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.alloc(bytes, 0x41));
  return path;
}

describe.each([true, false])('readMaterialFile with regularOnly %s', (regularOnly) => {
  it('reads a file of exactly the bound whole and within it', () => {
    const read = readMaterialFile(file(`exact-${regularOnly}`, MAX_MATERIAL_BYTES), {
      regularOnly,
    });
    expect(read).toMatchObject({ kind: 'read', overLimit: false });
    if (read.kind === 'read') expect(read.bytes.length).toBe(MAX_MATERIAL_BYTES);
  });

  it('stops one byte past the bound of a larger file and says it is over', () => {
    const read = readMaterialFile(file(`big-${regularOnly}`, 3 * MAX_MATERIAL_BYTES), {
      regularOnly,
    });
    expect(read).toMatchObject({ kind: 'read', overLimit: true });
    if (read.kind === 'read') expect(read.bytes.length).toBe(MAX_MATERIAL_BYTES + 1);
  });

  it('names a directory as such', () => {
    expect(readMaterialFile(dir, { regularOnly })).toEqual({
      kind: 'not-a-file',
      what: 'directory',
    });
  });

  it('reports a missing file as unreadable at open with ENOENT', () => {
    expect(readMaterialFile(join(dir, 'missing.pem'), { regularOnly })).toMatchObject({
      kind: 'unreadable',
      stage: 'open',
      code: 'ENOENT',
    });
  });
});

describe('readMaterialFile and files that are not regular', () => {
  it('reads /dev/zero only to the bound when devices are allowed (the CLI)', () => {
    expect(readMaterialFile('/dev/zero', { regularOnly: false })).toMatchObject({
      kind: 'read',
      overLimit: true,
    });
  });

  it('refuses /dev/zero without reading it when only regular files are allowed', () => {
    expect(readMaterialFile('/dev/zero', { regularOnly: true })).toEqual({
      kind: 'not-a-file',
      what: 'other',
    });
  });

  it('refuses a FIFO with no writer at once instead of waiting for one (Action, rotation)', () => {
    const fifo = join(dir, 'planted.pem');
    execFileSync('mkfifo', ['-m', '600', fifo]);
    expect(readMaterialFile(fifo, { regularOnly: true })).toEqual({
      kind: 'not-a-file',
      what: 'other',
    });
  });
});

describe('rotation re-reads through the same bound', () => {
  it('keeps the old pair and says why when the certificate file grows past the bound or turns into a FIFO', async () => {
    const pki = await createTestPki();
    const certificate = join(dir, 'rotating.pem');
    const privateKey = join(dir, 'rotating.key');
    writeFileSync(certificate, pki.leaf.certificatePem);
    writeFileSync(privateKey, pki.leaf.privateKeyPem, { mode: 0o600 });
    const sources = { certificate: pki.leaf.certificatePem, privateKey: pki.leaf.privateKeyPem };
    const now = (): Date => new Date();
    const material = await loadMaterial(sources, { now: now(), names: CLI_NAMES });
    const logs: string[] = [];
    const rotation = new MaterialRotation(
      { certificate, privateKey },
      { sources, material },
      { now, log: (line) => logs.push(line), names: CLI_NAMES },
    );

    writeFileSync(certificate, `${pki.leaf.certificatePem}${'A'.repeat(2 * MAX_MATERIAL_BYTES)}`);
    expect(await rotation.check()).toBeUndefined();
    rmSync(certificate);
    execFileSync('mkfifo', ['-m', '600', certificate]);
    expect(await rotation.check()).toBeUndefined();

    expect(logs).toHaveLength(2);
    expect(logs[0]).toContain(`${certificate} is larger than ${MAX_MATERIAL_BYTES} bytes`);
    expect(logs[1]).toContain(`${certificate} is not a regular file`);
    for (const line of logs)
      expect(line).toContain(`still signing with certificate serial ${material.serialDecimal}`);
  });
});
