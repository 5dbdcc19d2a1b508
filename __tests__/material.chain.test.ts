import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadMaterial } from '../src/core/material/index.js';
import { expectMaterialError, FIXED_NOW, OpenSsl, type Issuer } from './helpers/openssl.js';

const now = FIXED_NOW;

let ssl: OpenSsl;
let root: Issuer;
let a: Issuer;
let b: Issuer;
let c: Issuer;
let leafCert: string;
let leafKey: string;

/** root -> A -> B -> C -> leaf */
beforeAll(() => {
  ssl = new OpenSsl();
  root = ssl.root('chain-root', '/CN=Chain Root/O=Example');
  a = ssl.intermediate('a', '/CN=Intermediate A/O=Example', root);
  b = ssl.intermediate('b', '/CN=Intermediate B/O=Example', a);
  c = ssl.intermediate('c', '/CN=Intermediate C/O=Example', b);
  leafKey = ssl.key('chain-leaf', { type: 'ec', curve: 'P-256' });
  leafCert = ssl.issue('chain-leaf', {
    key: leafKey,
    subject: '/CN=chain-leaf/O=Example',
    issuer: c,
  });
});

afterAll(() => ssl.cleanup());

const pem = (...issuers: Issuer[]): string =>
  issuers.map((issuer) => ssl.text(issuer.cert)).join('');
const cn = (subject: string): string => /CN=([^\n]+)/.exec(subject)?.[1] ?? subject;

async function chainOf(sources: { certificate?: string; intermediates?: string }) {
  const material = await loadMaterial(
    {
      certificate: sources.certificate ?? ssl.text(leafCert),
      privateKey: ssl.text(leafKey),
      ...(sources.intermediates === undefined ? {} : { intermediates: sources.intermediates }),
    },
    { now },
  );
  return { names: material.intermediates.map((cert) => cn(cert.subject)), notes: material.notes };
}

describe('certificate chains', () => {
  const leafFirst = ['Intermediate C', 'Intermediate B', 'Intermediate A'];

  it('keeps a chain given leaf-first as it is, without notes', async () => {
    expect(await chainOf({ intermediates: pem(c, b, a) })).toEqual({ names: leafFirst, notes: [] });
  });

  it('reorders a chain given root-first and says so', async () => {
    const { names, notes } = await chainOf({ intermediates: pem(a, b, c) });
    expect(names).toEqual(leafFirst);
    expect(notes).toEqual(['certificate-chain was given root-first; reordered leaf-first.']);
  });

  it('reorders a chain given in no particular order and says so', async () => {
    const { names, notes } = await chainOf({ intermediates: pem(b, c, a) });
    expect(names).toEqual(leafFirst);
    expect(notes).toEqual(['certificate-chain was given out of order; reordered leaf-first.']);
  });

  it('drops a self-signed root, which Roles Anywhere takes from the trust anchor', async () => {
    const { names, notes } = await chainOf({ intermediates: pem(root, a, b, c) });
    expect(names).toEqual(leafFirst);
    expect(notes[0]).toMatch(
      /^certificate-chain includes the self-signed root \(subject CN=Chain Root, O=Example, serial \d+\); dropped it/,
    );
    expect(notes[1]).toBe('certificate-chain was given root-first; reordered leaf-first.');
  });

  it('ignores repeated certificates, including a copy of the leaf', async () => {
    const { names, notes } = await chainOf({ intermediates: ssl.text(leafCert) + pem(c, c, b, a) });
    expect(names).toEqual(leafFirst);
    expect(notes).toHaveLength(2);
    expect(notes.every((note) => note.includes('repeats a certificate'))).toBe(true);
  });

  it('joins intermediates that follow the leaf in certificate with those in certificate-chain', async () => {
    const { names, notes } = await chainOf({
      certificate: ssl.text(leafCert) + pem(c),
      intermediates: pem(a, b),
    });
    expect(names).toEqual(leafFirst);
    expect(notes).toEqual([
      'certificate and certificate-chain were given out of order; reordered leaf-first.',
    ]);
  });

  it('rejects a chain with a missing link with ERR_CHAIN_ORDER naming the stranded certificate', async () => {
    const error = await expectMaterialError(
      () =>
        loadMaterial(
          {
            certificate: ssl.text(leafCert),
            privateKey: ssl.text(leafKey),
            intermediates: pem(c, a),
          },
          { now },
        ),
      { code: 'ERR_CHAIN_ORDER', input: 'certificate-chain' },
    );
    expect(error.message).toContain('subject CN=Intermediate A, O=Example');
    expect(error.message).toContain('subject CN=Intermediate C, O=Example');
  });

  it('rejects an impostor with the right name but another key with ERR_CHAIN_ORDER', async () => {
    const impostor = ssl.intermediate('impostor', '/CN=Intermediate B/O=Example', root);
    await expectMaterialError(
      () =>
        loadMaterial(
          {
            certificate: ssl.text(leafCert),
            privateKey: ssl.text(leafKey),
            intermediates: pem(c, impostor),
          },
          { now },
        ),
      { code: 'ERR_CHAIN_ORDER', input: 'certificate-chain' },
    );
  });

  it('attributes a stray certificate that came with the leaf to the certificate input', async () => {
    const other = ssl.root('other-root', '/CN=Other Root/O=Elsewhere');
    const otherCa = ssl.intermediate('other-ca', '/CN=Other CA/O=Elsewhere', other);
    await expectMaterialError(
      () =>
        loadMaterial(
          { certificate: ssl.text(leafCert) + pem(otherCa), privateKey: ssl.text(leafKey) },
          { now },
        ),
      { code: 'ERR_CHAIN_ORDER', input: 'certificate' },
    );
  });
});
