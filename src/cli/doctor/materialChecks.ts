import type { KeyObject } from 'node:crypto';
import type { SourceValue } from '../inputs/readSource.js';
import {
  certificateFacts,
  describeKey,
  inspectCertificateInput,
  inspectPrivateKeyInput,
  type InspectedCertificates,
} from '../inputs/materialInspect.js';
import { externalKeyBelongsTo } from '../../core/material/matchExternalKey.js';
import type { TokenKey } from '../../pkcs11/tokenKey.js';
import { checkChain } from './chainChecks.js';
import { message, who } from './describe.js';
import { finding, type Finding } from './findings.js';
import { checkLeaf } from './leafChecks.js';

export interface MaterialCheckInputs {
  readonly certificate: SourceValue;
  readonly privateKey: SourceValue | undefined;
  readonly intermediates: SourceValue | undefined;
  readonly ca: SourceValue | undefined;
  readonly passphrase: string | undefined;
  /** The PKCS#11 token when the key is on one. */
  readonly token?: TokenKey;
}

/** What the doctor can tell about the material, without stopping at the first problem. */
export function checkMaterial(inputs: MaterialCheckInputs, now: Date): Finding[] {
  const findings: Finding[] = [];
  let certs: InspectedCertificates;
  try {
    certs = inspectCertificateInput(inputs.certificate.content, inputs.passphrase);
  } catch (error) {
    return [
      finding(
        'fail',
        'certificate',
        message(error),
        `Read from ${inputs.certificate.where}; nothing else about the material can be checked until it reads.`,
      ),
    ];
  }
  const facts = certificateFacts(certs.leaf);
  findings.push(
    finding(
      'pass',
      'certificate',
      `${certs.form}, ${certs.certificates.length} certificate${certs.certificates.length === 1 ? '' : 's'}; leaf ${who(facts)} (${facts.keyDescription})`,
      `Read from ${inputs.certificate.where}; the leaf is issued by ${facts.issuer || '(empty issuer)'}.`,
    ),
  );
  if (inputs.token !== undefined) {
    findings.push(...checkTokenKey(inputs.token, certs));
    findings.push(...checkLeaf(facts, now));
    findings.push(...checkChain(inputs, certs, now));
    return findings;
  }
  const key = checkKey(inputs, certs, findings);
  if (key !== undefined) {
    findings.push(
      certs.leaf.checkPrivateKey(key)
        ? finding(
            'pass',
            'key pair',
            'the private key belongs to the leaf certificate',
            "Requests are signed with this key and verified against the certificate's public key.",
          )
        : finding(
            'fail',
            'key pair',
            `the private key does not belong to the leaf certificate (${who(facts)})`,
            'Every request would be refused as "Invalid signature". Use the key and certificate from the same issuance.',
          ),
    );
  }
  findings.push(...checkLeaf(facts, now));
  findings.push(...checkChain(inputs, certs, now));
  return findings;
}

function checkKey(
  inputs: MaterialCheckInputs,
  certs: InspectedCertificates,
  findings: Finding[],
): KeyObject | undefined {
  if (inputs.privateKey === undefined) {
    const [bundled] = certs.bundledKeys;
    if (bundled !== undefined) {
      findings.push(
        finding(
          'pass',
          'private key',
          `from the PKCS#12 bundle (${describeKey(bundled).description})`,
          '--private-key is not needed with a bundle.',
        ),
      );
      return bundled;
    }
    findings.push(
      finding(
        'fail',
        'private key',
        '--private-key is not given and the certificate input holds no key',
        'Give the private key that pairs with the certificate, or a PKCS#12 bundle as --certificate.',
      ),
    );
    return undefined;
  }
  try {
    const inspected = inspectPrivateKeyInput(inputs.privateKey.content, inputs.passphrase);
    findings.push(
      finding(
        'pass',
        'private key',
        `${inspected.form}, ${describeKey(inspected.key).description}`,
        `Read from ${inputs.privateKey.where}.`,
      ),
    );
    return inspected.key;
  } catch (error) {
    findings.push(
      finding('fail', 'private key', message(error), `Read from ${inputs.privateKey.where}.`),
    );
    return undefined;
  }
}

/** The key on a token: what the token holds (names and ids only, never the PIN) and the pairing. */
function checkTokenKey(token: TokenKey, certs: InspectedCertificates): Finding[] {
  let pairs = false;
  let why = '';
  try {
    pairs = externalKeyBelongsTo(certs.leaf, token.key);
  } catch (error) {
    why = message(error);
  }
  return [
    finding(
      'pass',
      'private key',
      token.key.description,
      'The key stays on the token; each request is signed there.',
    ),
    finding(
      'info',
      'token objects',
      token.objects.length === 0 ? 'none visible' : token.objects.join('; '),
      'What the token shows after logging in; a key should be "not extractable".',
    ),
    pairs
      ? finding(
          'pass',
          'key pair',
          'the token key belongs to the leaf certificate',
          "A probe signature by the token verifies with the certificate's public key.",
        )
      : finding(
          'fail',
          'key pair',
          why || 'the token key does not belong to the leaf certificate',
          'Every request would be refused as "Invalid signature". Name the key issued with this certificate (id= in the URI).',
        ),
  ];
}
