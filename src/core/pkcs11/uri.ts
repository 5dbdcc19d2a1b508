import { RolesAnywhereError } from '../errors.js';

/**
 * An RFC 7512 `pkcs11:` URI, as the official helper takes for --certificate and --private-key:
 * path attributes select the token and the object, query attributes say where the PIN and the
 * module are. Only what selecting a signing key and its certificate needs is kept.
 */
export interface Pkcs11Uri {
  readonly token?: string;
  readonly manufacturer?: string;
  readonly serial?: string;
  readonly model?: string;
  readonly slotId?: number;
  /** CKA_LABEL. */
  readonly object?: string;
  /** CKA_ID, raw bytes. */
  readonly id?: Uint8Array;
  readonly type?: 'cert' | 'private' | 'public' | 'data' | 'secret-key';
  /** Where the PIN is: `env:NAME`, `file:/path` or a path (never the PIN itself). */
  readonly pinSource?: string;
  readonly modulePath?: string;
}

const PATH_TEXT = ['token', 'manufacturer', 'serial', 'model', 'object'] as const;
const TYPES = ['cert', 'private', 'public', 'data', 'secret-key'] as const;
// Kept for selection elsewhere in RFC 7512 but not needed to find a key: accepted and ignored.
const IGNORED = new Set([
  'library-manufacturer',
  'library-description',
  'library-version',
  'slot-description',
  'slot-manufacturer',
  'module-name',
]);

export function isPkcs11Uri(value: string): boolean {
  return /^pkcs11:/i.test(value.trim());
}

export function parsePkcs11Uri(value: string, input: string): Pkcs11Uri {
  const text = value.trim();
  const invalid = (what: string): RolesAnywhereError =>
    new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `${input} is not a usable pkcs11: URI (${what}); expected RFC 7512 form such as ` +
        `pkcs11:token=ci;object=signing-key;type=private?pin-source=env:TOKEN_PIN.`,
      { input },
    );
  if (!isPkcs11Uri(text)) throw invalid('it does not start with pkcs11:');
  const [path = '', query = '', ...extra] = text.slice('pkcs11:'.length).split('?');
  if (extra.length > 0) throw invalid('more than one "?"');
  const uri: { -readonly [K in keyof Pkcs11Uri]: Pkcs11Uri[K] } = {};
  const seen = new Set<string>();
  const attributes = [
    ...split(path, ';').map((part) => ['path', part] as const),
    ...split(query, '&').map((part) => ['query', part] as const),
  ];
  for (const [where, part] of attributes) {
    const equals = part.indexOf('=');
    if (equals <= 0) throw invalid(`"${safe(part)}" is not name=value`);
    const name = part.slice(0, equals).toLowerCase();
    const raw = part.slice(equals + 1);
    if (seen.has(name)) throw invalid(`${name} is given twice`);
    seen.add(name);
    const bytes = decode(raw, name, invalid);
    const textValue = Buffer.from(bytes).toString('utf8');
    if (where === 'path' && (PATH_TEXT as readonly string[]).includes(name)) {
      uri[name as (typeof PATH_TEXT)[number]] = textValue;
    } else if (where === 'path' && name === 'id') {
      uri.id = bytes;
    } else if (where === 'path' && name === 'type') {
      const type = TYPES.find((known) => known === textValue);
      if (type === undefined)
        throw invalid(`type=${safe(textValue)} is not one of ${TYPES.join(', ')}`);
      uri.type = type;
    } else if (where === 'path' && name === 'slot-id') {
      if (!/^\d{1,10}$/.test(textValue)) throw invalid('slot-id is not a number');
      uri.slotId = Number(textValue);
    } else if (where === 'query' && name === 'pin-value') {
      // The URI is a command-line argument: a PIN in it is visible to every local user (ps).
      throw new RolesAnywhereError(
        'ERR_INPUT_INVALID',
        `${input} has pin-value, which would put the PIN in argv where other processes can read ` +
          `it; use pin-source=env:NAME (an environment variable) or pin-source=file:/path instead.`,
        { input },
      );
    } else if (where === 'query' && name === 'pin-source') {
      uri.pinSource = textValue;
    } else if (where === 'query' && name === 'module-path') {
      uri.modulePath = textValue;
    } else if (!IGNORED.has(name)) {
      throw invalid(`unknown attribute ${safe(name)}`);
    }
  }
  return uri;
}

function split(text: string, separator: string): string[] {
  return text === '' ? [] : text.split(separator).filter((part) => part !== '');
}

function decode(
  raw: string,
  name: string,
  invalid: (what: string) => RolesAnywhereError,
): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] ?? '';
    if (char === '%') {
      const hex = raw.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw invalid(`${name} has a bad %-escape`);
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  return new Uint8Array(bytes);
}

/** Echoes only short, printable fragments of what the user typed. */
function safe(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 37)}...` : printable;
}

/** "token ci, object signing-key, id 01": which object a message is about. */
export function describePkcs11Uri(uri: Pkcs11Uri): string {
  const parts = [
    uri.token === undefined ? undefined : `token ${uri.token}`,
    uri.object === undefined ? undefined : `object ${uri.object}`,
    uri.id === undefined ? undefined : `id ${Buffer.from(uri.id).toString('hex')}`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? 'any token' : parts.join(', ');
}
