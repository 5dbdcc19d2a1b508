import { describe, expect, it } from 'vitest';
import { SecretFragments, isKeyLine, keyLines } from '../src/core/material/secretFragments.js';
import { createTestPki } from './helpers/harness.js';

describe('the one key-line rule', () => {
  it.each([
    ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', true],
    ['AbCd1234==', true],
    ['Ab1234=', false],
    ['-----BEGIN PRIVATE KEY-----', false],
    ['-----END ENCRYPTED PRIVATE KEY-----', false],
    ['Proc-Type: 4,ENCRYPTED', false],
    ['DEK-Info: AES-256-CBC,0123456789ABCDEF0123456789ABCDEF', false],
    ['\u0000\u0001\u0002binary\u00ff\u00fe', false],
    ['', false],
  ])('treats %j as a key line: %s', (line, expected) => {
    expect(isKeyLine(line)).toBe(expected);
  });

  it('takes every body line of a real PEM key and nothing of its armour', async () => {
    const pki = await createTestPki();
    const pem = pki.leaf.privateKeyPem;
    const body = pem
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('-----'));
    expect(keyLines(pem)).toEqual(body.filter((line) => line.length >= 8));
    expect(keyLines(Buffer.from(pem.replace(/\n/g, '\r\n')))).toEqual(keyLines(pem));
  });

  it('gives the material loader the same lines, less those the input held verbatim', () => {
    const fragments = new SecretFragments();
    const lines = ['-----BEGIN PRIVATE KEY-----', 'AAAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBBB', 'short'];
    fragments.addLines(lines, new Set(['BBBBBBBBBBBBBBBB']));
    expect(fragments.toArray()).toEqual(['AAAAAAAAAAAAAAAA']);
  });
});
