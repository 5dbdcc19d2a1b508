import { createDecipheriv, pbkdf2Sync, scryptSync } from 'node:crypto';

import {
  algorithmIdentifier,
  Asn1Error,
  isUniversal,
  octets,
  sequence,
  smallInteger,
  Tag,
  type AlgorithmIdentifier,
  type Asn1Node,
} from './asn1.js';
import {
  HMAC_PRF_OIDS,
  OID,
  PBES1_OIDS,
  PBES2_CIPHER_OIDS,
  PKCS12_PBE_OIDS,
  type HashName,
} from './oids.js';
import {
  DerivationLimitError,
  type DerivationBudget,
  type DerivationCost,
} from './derivationBudget.js';
import { pkcs12Kdf, Pkcs12KeyPurpose } from './pkcs12Kdf.js';
import { rc2CbcDecrypt } from './rc2.js';

/**
 * Password-based decryption for PKCS#12 bags and PKCS#8 keys: PBES2 (RFC 8018 section 6.2) and
 * the PKCS#12 PBE schemes (RFC 7292 appendix C). The two hash the password differently, so the
 * caller passes both forms.
 */
export interface PasswordForms {
  /** BMPString with terminator, for the PKCS#12 KDF. */
  readonly bmp: Uint8Array;
  /** UTF-8 bytes, for PBKDF2 and scrypt. */
  readonly utf8: Uint8Array;
  /** Shared by every derivation of one bundle or key, whichever password is tried. */
  readonly budget: DerivationBudget;
}

export type PbeFailure = 'unsupported' | 'malformed' | 'bad-decrypt' | 'too-costly';

/** Why decryption failed; the message names algorithms, never data. */
export class PbeError extends Error {
  override readonly name = 'PbeError';
  constructor(
    readonly reason: PbeFailure,
    message: string,
  ) {
    super(message);
  }
}

const HASH_LENGTH: Readonly<Record<HashName, number>> = {
  md5: 16,
  sha1: 20,
  sha224: 28,
  sha256: 32,
  sha384: 48,
  sha512: 64,
};

// Real files use 2,048 to a few hundred thousand; the cap keeps a hostile file from hanging us.
export const MAX_ITERATIONS = 2_000_000;
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

interface Pbes2Kdf {
  readonly kind: 'pbkdf2' | 'scrypt';
  /** The work one derivation of `keyLength` bytes takes. */
  readonly cost: (keyLength: number) => DerivationCost;
  readonly derive: (password: Uint8Array, keyLength: number) => Buffer;
  readonly keyLength: number | undefined;
  readonly description: string;
}

export interface Pbes2Scheme {
  readonly kdf: Pbes2Kdf;
  readonly cipher: string;
  readonly keyLength: number;
  readonly iv: Uint8Array;
  readonly description: string;
}

/** Reads PBES2-params; throws PbeError('unsupported') for schemes this module cannot run. */
export function parsePbes2(parameters: Asn1Node | undefined): Pbes2Scheme {
  return asPbeError(() => {
    const [kdfNode, schemeNode] = sequence(parameters, 'PBES2 parameters');
    const kdf = parseKdf(algorithmIdentifier(kdfNode, 'PBES2 key derivation'));
    const scheme = algorithmIdentifier(schemeNode, 'PBES2 encryption scheme');
    const cipher = PBES2_CIPHER_OIDS[scheme.oid];
    if (cipher === undefined) {
      throw new PbeError('unsupported', `PBES2 with cipher ${scheme.oid}`);
    }
    const iv = octets(scheme.parameters, 'PBES2 IV');
    const keyLength = kdf.keyLength ?? cipher.keyLength;
    if (keyLength !== cipher.keyLength) throw new Asn1Error('PBES2 key length mismatch');
    return {
      kdf,
      cipher: cipher.cipher,
      keyLength,
      iv,
      description: `PBES2 (${kdf.description}, ${cipher.cipher.toUpperCase()})`,
    };
  });
}

function parseKdf(kdf: AlgorithmIdentifier): Pbes2Kdf {
  if (kdf.oid === OID.pbkdf2) {
    const [saltNode, iterationsNode, ...rest] = sequence(kdf.parameters, 'PBKDF2 parameters');
    const salt = octets(saltNode, 'PBKDF2 salt');
    const iterations = iterationCount(iterationsNode, 'PBKDF2');
    const keyLengthNode = rest.find((node) => isUniversal(node, Tag.integer));
    const prfNode = rest.find((node) => isUniversal(node, Tag.sequence));
    const keyLength =
      keyLengthNode === undefined ? undefined : smallInteger(keyLengthNode, 'key length', 64);
    let prf: HashName = 'sha1';
    if (prfNode !== undefined) {
      const prfOid = algorithmIdentifier(prfNode, 'PBKDF2 PRF').oid;
      const known = HMAC_PRF_OIDS[prfOid];
      if (known === undefined) throw new PbeError('unsupported', `PBKDF2 with PRF ${prfOid}`);
      prf = known;
    }
    return {
      kind: 'pbkdf2',
      keyLength,
      description: `PBKDF2 with HMAC-${prf.toUpperCase()}, ${iterations} iterations`,
      cost: (length) => ({
        kind: 'iterations',
        amount: iterations * Math.ceil(length / HASH_LENGTH[prf]),
      }),
      derive: (password, length) => pbkdf2Sync(password, salt, iterations, length, prf),
    };
  }
  if (kdf.oid === OID.scrypt) {
    const [saltNode, costNode, blockNode, parallelNode, keyLengthNode] = sequence(
      kdf.parameters,
      'scrypt parameters',
    );
    const salt = octets(saltNode, 'scrypt salt');
    const cost = smallInteger(costNode, 'scrypt cost', 2 ** 22);
    const blockSize = smallInteger(blockNode, 'scrypt block size', 1024);
    const parallelization = smallInteger(parallelNode, 'scrypt parallelization', 1024);
    const memory = 128 * cost * blockSize + 128 * blockSize * parallelization + 1024 * 1024;
    if (memory > MAX_SCRYPT_MEMORY) throw new Asn1Error('scrypt parameters are too costly');
    const keyLength =
      keyLengthNode === undefined ? undefined : smallInteger(keyLengthNode, 'key length', 64);
    return {
      kind: 'scrypt',
      keyLength,
      description: `scrypt N=${cost} r=${blockSize} p=${parallelization}`,
      cost: () => ({ kind: 'scrypt', amount: cost * blockSize * parallelization }),
      derive: (password, length) =>
        scryptSync(password, salt, length, {
          N: cost,
          r: blockSize,
          p: parallelization,
          maxmem: memory,
        }),
    };
  }
  throw new PbeError('unsupported', `PBES2 with key derivation ${kdf.oid}`);
}

function iterationCount(node: Asn1Node | undefined, what: string): number {
  const count = smallInteger(node, `${what} iteration count`, Number.MAX_SAFE_INTEGER);
  if (count < 1) throw new Asn1Error(`${what} iteration count is zero`);
  if (count > MAX_ITERATIONS) {
    throw new PbeError('unsupported', `${what} with ${count} iterations (limit ${MAX_ITERATIONS})`);
  }
  return count;
}

/** A short name for an encryption algorithm, for messages. */
export function describeEncryption(algorithm: AlgorithmIdentifier): string {
  if (algorithm.oid === OID.pbes2) {
    try {
      return parsePbes2(algorithm.parameters).description;
    } catch {
      return 'PBES2';
    }
  }
  const pkcs12 = PKCS12_PBE_OIDS[algorithm.oid];
  if (pkcs12 !== undefined) return pkcs12Name(pkcs12);
  if (PBES1_OIDS.has(algorithm.oid)) return `PBES1 (${algorithm.oid})`;
  return algorithm.oid;
}

function pkcs12Name(cipher: (typeof PKCS12_PBE_OIDS)[string]): string {
  switch (cipher.kind) {
    case 'node':
      return `pbeWithSHAAnd${cipher.keyLength === 24 ? 3 : 2}-KeyTripleDES-CBC`;
    case 'rc2':
      return `pbeWithSHAAnd${cipher.keyLength * 8}BitRC2-CBC`;
    case 'unsupported':
      return cipher.name;
  }
}

/** Decrypts `data` as described by `algorithm`. Throws PbeError. */
export function pbeDecrypt(
  algorithm: AlgorithmIdentifier,
  data: Uint8Array,
  password: PasswordForms,
): Buffer {
  if (algorithm.oid === OID.pbes2) {
    const scheme = parsePbes2(algorithm.parameters);
    chargePbes2(scheme, password.budget);
    let key: Buffer;
    try {
      key = scheme.kdf.derive(password.utf8, scheme.keyLength);
    } catch {
      throw new PbeError('malformed', `${scheme.kdf.kind} parameters are not usable`);
    }
    return decipher(scheme.cipher, key, scheme.iv, data);
  }
  const pkcs12 = PKCS12_PBE_OIDS[algorithm.oid];
  if (pkcs12 === undefined || pkcs12.kind === 'unsupported') {
    throw new PbeError('unsupported', describeEncryption(algorithm));
  }
  const { salt, iterations } = asPbeError(() => {
    const [saltNode, iterationsNode] = sequence(algorithm.parameters, 'PKCS#12 PBE parameters');
    return {
      salt: octets(saltNode, 'PKCS#12 PBE salt'),
      iterations: iterationCount(iterationsNode, 'PKCS#12 PBE'),
    };
  });
  // The key, then the IV: SHA-1 gives 20 bytes a block.
  chargeOrFail(
    password.budget,
    {
      kind: 'iterations',
      amount: iterations * (Math.ceil(pkcs12.keyLength / 20) + 1),
    },
    `${pkcs12Name(pkcs12)} with ${iterations} iterations`,
  );
  const derive = (purpose: Pkcs12KeyPurpose, length: number): Buffer =>
    pkcs12Kdf('sha1', password.bmp, salt, purpose, iterations, length);
  const key = derive(Pkcs12KeyPurpose.key, pkcs12.keyLength);
  const iv = derive(Pkcs12KeyPurpose.iv, 8);
  if (pkcs12.kind === 'node') return decipher(pkcs12.cipher, key, iv, data);
  if (data.length === 0 || data.length % 8 !== 0) {
    throw new PbeError('malformed', 'RC2 ciphertext is not whole blocks');
  }
  return removePadding(rc2CbcDecrypt(key, pkcs12.keyLength * 8, iv, data), 8);
}

/** Counts a PBES2 derivation against the budget before it runs. */
export function chargePbes2(scheme: Pbes2Scheme, budget: DerivationBudget): void {
  chargeOrFail(budget, scheme.kdf.cost(scheme.keyLength), scheme.kdf.description);
}

export function chargeOrFail(budget: DerivationBudget, cost: DerivationCost, what: string): void {
  try {
    budget.charge(cost, what);
  } catch (error) {
    if (error instanceof DerivationLimitError) throw new PbeError('too-costly', error.message);
    throw error;
  }
}

function decipher(cipher: string, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Buffer {
  let decipherer;
  try {
    decipherer = createDecipheriv(cipher, key, iv);
  } catch {
    throw new PbeError('unsupported', `cipher ${cipher} with this key or IV size`);
  }
  try {
    return Buffer.concat([decipherer.update(data), decipherer.final()]);
  } catch {
    // A wrong password almost always shows up as bad padding.
    throw new PbeError('bad-decrypt', `${cipher} decryption failed`);
  }
}

function removePadding(plain: Uint8Array, blockSize: number): Buffer {
  const pad = plain[plain.length - 1] ?? 0;
  const valid =
    pad >= 1 &&
    pad <= blockSize &&
    plain.subarray(plain.length - pad).every((byte) => byte === pad);
  if (!valid) throw new PbeError('bad-decrypt', 'bad padding after decryption');
  return Buffer.from(plain.subarray(0, plain.length - pad));
}

/** Runs a parser, turning structural errors into PbeError('malformed'). */
function asPbeError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof PbeError) throw error;
    if (error instanceof Asn1Error) throw new PbeError('malformed', error.message);
    throw error;
  }
}
