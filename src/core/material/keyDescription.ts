import type { KeyObject } from 'node:crypto';

export type KeyType =
  | 'rsa'
  | 'rsa-pss'
  | 'ec'
  | 'ml-dsa-44'
  | 'ml-dsa-65'
  | 'ml-dsa-87'
  | 'ed25519'
  | 'ed448'
  | 'dsa'
  | 'x25519'
  | 'x448'
  | 'dh'
  | 'unknown';

export interface KeyDescription {
  readonly type: KeyType;
  /** "RSA 2048", "EC P-256", "Ed25519". */
  readonly description: string;
  /** Modulus size for RSA and DSA. */
  readonly bits: number | undefined;
  /** NIST name where there is one ("P-256"), else OpenSSL's curve name. */
  readonly curve: string | undefined;
}

const CURVE_NAMES: Readonly<Record<string, string>> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
  secp224r1: 'P-224',
  prime192v1: 'P-192',
};

const KNOWN: readonly KeyType[] = [
  'rsa',
  'rsa-pss',
  'ec',
  'ml-dsa-44',
  'ml-dsa-65',
  'ml-dsa-87',
  'ed25519',
  'ed448',
  'dsa',
  'x25519',
  'x448',
  'dh',
];

function asKeyType(raw: string): KeyType {
  return KNOWN.find((type) => type === raw) ?? 'unknown';
}

/** Describes a public or private key for messages and for the support check. */
export function describeKey(key: KeyObject): KeyDescription {
  const raw = key.asymmetricKeyType ?? 'unknown';
  const type = asKeyType(raw);
  const details = key.asymmetricKeyDetails ?? {};
  const bits = details.modulusLength;
  const curve =
    details.namedCurve === undefined
      ? undefined
      : (CURVE_NAMES[details.namedCurve] ?? details.namedCurve);
  const description = ((): string => {
    switch (type) {
      case 'rsa':
        return `RSA ${bits ?? '?'}`;
      case 'rsa-pss':
        return `RSA-PSS ${bits ?? '?'}`;
      case 'dsa':
        return `DSA ${bits ?? '?'}`;
      case 'ec':
        return `EC ${curve ?? 'with explicit parameters'}`;
      case 'ml-dsa-44':
      case 'ml-dsa-65':
      case 'ml-dsa-87':
        return type.toUpperCase();
      case 'ed25519':
        return 'Ed25519';
      case 'ed448':
        return 'Ed448';
      case 'x25519':
        return 'X25519';
      case 'x448':
        return 'X448';
      case 'dh':
        return `DH ${bits ?? '?'}`;
      case 'unknown':
        return `${raw} key`;
    }
  })();
  return { type, description, bits, curve };
}
