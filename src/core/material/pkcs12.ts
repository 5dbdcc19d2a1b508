import {
  createHash,
  createHmac,
  createPrivateKey,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

import {
  algorithmIdentifier,
  Asn1Error,
  encoded,
  explicit,
  implicitOctets,
  octets,
  oid,
  parseDer,
  sequence,
  smallInteger,
  type Asn1Node,
} from './asn1.js';
import { materialError } from './materialError.js';
import { assertMlDsaLoadable } from './mlDsa.js';
import { DIGEST_OIDS, OID, type HashName } from './oids.js';
import { DerivationBudget } from './derivationBudget.js';
import {
  chargeOrFail,
  MAX_ITERATIONS,
  pbeDecrypt,
  PbeError,
  type PasswordForms,
} from './passwordBasedEncryption.js';
import { bmpPassword, pkcs12Kdf, Pkcs12KeyPurpose } from './pkcs12Kdf.js';

/**
 * Reads a PKCS#12 (PFX) bundle in password integrity mode (RFC 7292): verifies the MAC, decrypts
 * the bags and returns the keys and certificates. Both OpenSSL 3's default encoding (PBES2 with
 * AES-256-CBC, HMAC-SHA256 MAC) and the legacy one (3DES key bag, RC2-40 certificate bag, SHA-1
 * MAC) are read, as are bundles with an empty password or none at all.
 */
export interface Pkcs12Contents {
  readonly keys: readonly KeyObject[];
  /** DER certificates in bundle order. */
  readonly certificates: readonly Uint8Array[];
  /** A passphrase was given but the bundle opened with an empty password. */
  readonly passphraseUnused: boolean;
}

export interface Pkcs12Context {
  readonly input: string;
  readonly passphraseInput: string;
}

interface MacData {
  readonly hash: HashName;
  readonly digest: Uint8Array;
  readonly salt: Uint8Array;
  readonly iterations: number;
}

interface Candidate extends PasswordForms {
  readonly given: boolean;
}

export function readPkcs12(
  der: Uint8Array,
  passphrase: string | undefined,
  context: Pkcs12Context,
): Pkcs12Contents {
  const { authSafe, mac } = structure(() => readPfx(der), context);
  const candidates = passwordCandidates(passphrase);
  const given = passphrase !== undefined && passphrase !== '';

  if (mac !== undefined) {
    const chosen = structure(
      () => candidates.find((candidate) => macMatches(mac, authSafe, candidate)),
      context,
    );
    if (chosen === undefined) throw passwordError(given, context, 'its integrity check fails');
    try {
      return extract(authSafe, chosen, given, context);
    } catch (error) {
      // The MAC password did not decrypt the bags: a bundle made with two different passwords.
      if (error instanceof WrongPassword) throw passwordError(given, context, 'decryption fails');
      throw error;
    }
  }
  // Without a MAC the only test of a password is whether decryption succeeds.
  let lastFailure: unknown;
  for (const candidate of candidates) {
    try {
      return extract(authSafe, candidate, given, context);
    } catch (error) {
      if (!(error instanceof WrongPassword)) throw error;
      lastFailure = error;
    }
  }
  throw passwordError(given, context, 'decryption fails', lastFailure);
}

function readPfx(der: Uint8Array): { authSafe: Uint8Array; mac: MacData | undefined } {
  const [versionNode, authSafeNode, macNode] = sequence(parseDer(der, 'PFX'), 'PFX');
  if (smallInteger(versionNode, 'PFX version', 255) !== 3) throw new Asn1Error('not version 3');
  const [typeNode, contentNode] = sequence(authSafeNode, 'authSafe');
  const type = oid(typeNode, 'authSafe content type');
  if (type === OID.signedData) {
    throw new PbeError('unsupported', 'public-key integrity mode (a signed PFX)');
  }
  if (type !== OID.data) throw new Asn1Error('authSafe is not data');
  const authSafe = octets(explicit(contentNode, 0, 'authSafe content'), 'authSafe content');
  return { authSafe, mac: macNode === undefined ? undefined : readMacData(macNode) };
}

function readMacData(node: Asn1Node): MacData {
  const [digestInfo, saltNode, iterationsNode] = sequence(node, 'macData');
  const [algorithmNode, digestNode] = sequence(digestInfo, 'MAC DigestInfo');
  const algorithm = algorithmIdentifier(algorithmNode, 'MAC algorithm');
  if (algorithm.oid === OID.pbmac1) throw new PbeError('unsupported', 'a PBMAC1 MAC');
  const hash = DIGEST_OIDS[algorithm.oid];
  if (hash === undefined) throw new PbeError('unsupported', `a MAC with digest ${algorithm.oid}`);
  const iterations =
    iterationsNode === undefined
      ? 1
      : smallInteger(iterationsNode, 'MAC iterations', Number.MAX_SAFE_INTEGER);
  if (iterations < 1) throw new Asn1Error('MAC iteration count is zero');
  if (iterations > MAX_ITERATIONS) {
    throw new PbeError('unsupported', `a MAC with ${iterations} iterations`);
  }
  return {
    hash,
    digest: octets(digestNode, 'MAC digest'),
    salt: octets(saltNode, 'MAC salt'),
    iterations,
  };
}

/**
 * An empty password is ambiguous in PKCS#12: OpenSSL hashes "" as a bare terminator, other
 * exporters hash no bytes at all. Both are tried, after the given passphrase if there is one.
 */
function passwordCandidates(passphrase: string | undefined): Candidate[] {
  const utf8Empty = new Uint8Array(0);
  // One budget for the whole bundle: every candidate's derivations count against it.
  const budget = new DerivationBudget();
  const empty: Candidate[] = [
    { bmp: bmpPassword(''), utf8: utf8Empty, given: false, budget },
    { bmp: bmpPassword(undefined), utf8: utf8Empty, given: false, budget },
  ];
  if (passphrase === undefined || passphrase === '') return empty;
  return [
    { bmp: bmpPassword(passphrase), utf8: Buffer.from(passphrase, 'utf8'), given: true, budget },
    ...empty,
  ];
}

function macMatches(mac: MacData, authSafe: Uint8Array, password: PasswordForms): boolean {
  const length = createHash(mac.hash).digest().length;
  chargeOrFail(
    password.budget,
    { kind: 'iterations', amount: mac.iterations },
    `a ${mac.hash.toUpperCase()} MAC with ${mac.iterations} iterations`,
  );
  const key = pkcs12Kdf(
    mac.hash,
    password.bmp,
    mac.salt,
    Pkcs12KeyPurpose.mac,
    mac.iterations,
    length,
  );
  const actual = createHmac(mac.hash, key).update(authSafe).digest();
  return actual.length === mac.digest.length && timingSafeEqual(actual, mac.digest);
}

/** Decryption or decoding failed in a way a different password could fix. */
class WrongPassword extends Error {
  override readonly name = 'WrongPassword';
}

interface Collected {
  keys: KeyObject[];
  certificates: Uint8Array[];
}

function extract(
  authSafe: Uint8Array,
  password: Candidate,
  given: boolean,
  context: Pkcs12Context,
): Pkcs12Contents {
  const collected: Collected = { keys: [], certificates: [] };
  const contentInfos = structure(
    () => sequence(parseDer(authSafe, 'authSafe'), 'authSafe'),
    context,
  );
  for (const contentInfo of contentInfos) {
    const safeContents = structure(() => openContentInfo(contentInfo, password), context);
    readSafeContents(safeContents, password, collected, context, 0);
  }
  return { ...collected, passphraseUnused: given && !password.given };
}

/** Returns the SafeContents bytes of one authSafe element, decrypting them if need be. */
function openContentInfo(contentInfo: Asn1Node, password: PasswordForms): Uint8Array {
  const [typeNode, contentNode] = sequence(contentInfo, 'ContentInfo');
  const type = oid(typeNode, 'ContentInfo type');
  if (type === OID.data) return octets(explicit(contentNode, 0, 'data'), 'data');
  if (type === OID.encryptedData) {
    const [, encryptedContentInfo] = sequence(
      explicit(contentNode, 0, 'encryptedData'),
      'EncryptedData',
    );
    const [, algorithmNode, contentBytes] = sequence(encryptedContentInfo, 'EncryptedContentInfo');
    const algorithm = algorithmIdentifier(algorithmNode, 'content encryption');
    return decrypt(() =>
      pbeDecrypt(algorithm, implicitOctets(contentBytes, 0, 'encryptedContent'), password),
    );
  }
  if (type === OID.envelopedData) {
    throw new PbeError('unsupported', 'public-key privacy mode (envelopedData)');
  }
  throw new Asn1Error('unknown ContentInfo type');
}

function readSafeContents(
  bytes: Uint8Array,
  password: PasswordForms,
  collected: Collected,
  context: Pkcs12Context,
  depth: number,
): void {
  const bags = structure(() => sequence(parseDer(bytes, 'SafeContents'), 'SafeContents'), context);
  for (const bag of bags) {
    const { type, value } = structure(() => {
      const [idNode, valueNode] = sequence(bag, 'SafeBag');
      return { type: oid(idNode, 'bag type'), value: explicit(valueNode, 0, 'bag value') };
    }, context);
    switch (type) {
      case OID.keyBag:
        collected.keys.push(toKey(encoded(value), false, context));
        break;
      case OID.pkcs8ShroudedKeyBag: {
        const plain = structure(() => {
          const [algorithmNode, dataNode] = sequence(value, 'EncryptedPrivateKeyInfo');
          const algorithm = algorithmIdentifier(algorithmNode, 'key encryption');
          return decrypt(() => pbeDecrypt(algorithm, octets(dataNode, 'encrypted key'), password));
        }, context);
        collected.keys.push(toKey(plain, true, context));
        break;
      }
      case OID.certBag: {
        const certificate = structure(() => {
          const [certTypeNode, certValueNode] = sequence(value, 'CertBag');
          if (oid(certTypeNode, 'certificate type') !== OID.x509Certificate) return undefined;
          return octets(explicit(certValueNode, 0, 'certificate'), 'certificate');
        }, context);
        if (certificate !== undefined) collected.certificates.push(certificate);
        break;
      }
      case OID.safeContentsBag:
        if (depth > 4) throw invalid(context, 'bags are nested too deeply');
        readSafeContents(encoded(value), password, collected, context, depth + 1);
        break;
      default:
        // CRL, secret and unknown bags carry nothing Roles Anywhere needs.
        break;
    }
  }
}

function toKey(der: Uint8Array, encrypted: boolean, context: Pkcs12Context): KeyObject {
  try {
    return createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  } catch (error) {
    assertMlDsaLoadable(der, context.input);
    // Garbage that survived the padding check is the mark of a wrong password.
    if (encrypted) throw new WrongPassword('decrypted key is not a private key');
    throw invalid(context, 'its key bag is not a valid private key', error);
  }
}

function decrypt(run: () => Buffer): Buffer {
  try {
    return run();
  } catch (error) {
    if (error instanceof PbeError && error.reason === 'bad-decrypt') {
      throw new WrongPassword(error.message);
    }
    throw error;
  }
}

/** Runs a structural step, mapping parse and scheme errors to ERR_PKCS12_INVALID. */
function structure<T>(run: () => T, context: Pkcs12Context): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof WrongPassword) {
      // Decrypted bytes that do not parse: the password opened the MAC but not this content,
      // or there is no MAC and the password is wrong.
      throw error;
    }
    if (error instanceof PbeError && error.reason === 'too-costly') {
      throw materialError(
        'ERR_INPUT_TOO_LARGE',
        context.input,
        `${context.input} is a PKCS#12 bundle that asks for too much key-derivation work: ${error.message} per bundle. ` +
          `Export it again with openssl pkcs12 -export (2,048 iterations by default).`,
      );
    }
    if (error instanceof PbeError && error.reason === 'unsupported') {
      throw materialError(
        'ERR_PKCS12_INVALID',
        context.input,
        `${context.input} is a PKCS#12 bundle that uses ${error.message}, which is not supported; ` +
          `export it again with openssl pkcs12 -export (AES-256-CBC with PBKDF2 by default).`,
      );
    }
    if (error instanceof PbeError || error instanceof Asn1Error) {
      throw invalid(context, error.message);
    }
    throw error;
  }
}

function invalid(context: Pkcs12Context, reason: string, cause?: unknown) {
  return materialError(
    'ERR_PKCS12_INVALID',
    context.input,
    `${context.input} looks like a PKCS#12 bundle but cannot be read (${reason}); ` +
      `export it again, e.g. openssl pkcs12 -export -inkey key.pem -in cert.pem -out bundle.p12.`,
    cause,
  );
}

function passwordError(given: boolean, context: Pkcs12Context, symptom: string, cause?: unknown) {
  if (!given) {
    return materialError(
      'ERR_PASSPHRASE_REQUIRED',
      context.passphraseInput,
      `${context.input} is a password-protected PKCS#12 bundle but ${context.passphraseInput} ` +
        `is not set; set ${context.passphraseInput} to the bundle's export password.`,
    );
  }
  return materialError(
    'ERR_PASSPHRASE_WRONG',
    context.passphraseInput,
    `${context.passphraseInput} does not open the PKCS#12 bundle in ${context.input} ` +
      `(${symptom}); check the password, including any trailing space or newline.`,
    cause,
  );
}

/**
 * readPkcs12 for a bundle given as `input`, noting in `notes` when the passphrase given under
 * `passphraseInput` was not needed (a bundle without a password).
 */
export function readPkcs12Noting(
  der: Uint8Array,
  passphrase: string | undefined,
  names: { readonly input: string; readonly passphraseInput: string },
  notes: string[],
): Pkcs12Contents {
  const contents = readPkcs12(der, passphrase, names);
  if (contents.passphraseUnused) {
    notes.push(
      `${names.input} is a PKCS#12 bundle without a password; ${names.passphraseInput} was not used.`,
    );
  }
  return contents;
}
