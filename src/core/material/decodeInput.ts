import { Asn1Error, encoded, parseDerList, type Asn1Node } from './asn1.js';
import { classifyDer } from './derKind.js';
import { decodeOuterForm, type EncodingContext } from './encoding.js';
import { materialError } from './materialError.js';
import { parsePem, PemError, type PemBlock } from './pem.js';

/**
 * One thing found in an input. Classification is by content, not by PEM label, so a PKCS#8 key
 * under an "RSA PRIVATE KEY" label or a key pasted into the certificate input is still seen for
 * what it is.
 */
export type MaterialItem =
  | { readonly kind: 'certificate'; readonly der: Uint8Array }
  | {
      readonly kind: 'private-key';
      readonly format: 'pkcs1' | 'sec1' | 'pkcs8';
      readonly der: Uint8Array;
      readonly lines: readonly string[];
    }
  | {
      readonly kind: 'encrypted-private-key';
      readonly der: Uint8Array;
      readonly lines: readonly string[];
    }
  | {
      readonly kind: 'legacy-encrypted-key';
      readonly pem: string;
      readonly cipher: string;
      readonly lines: readonly string[];
    }
  | { readonly kind: 'pkcs12'; readonly der: Uint8Array }
  | {
      readonly kind: 'unsupported-key';
      readonly description: string;
      readonly lines: readonly string[];
    }
  | { readonly kind: 'other'; readonly description: string; readonly recognized: boolean };

export interface DecodedInput {
  readonly items: readonly MaterialItem[];
  readonly form: 'PEM' | 'base64-encoded PEM' | 'DER' | 'base64-encoded DER';
  /** The input's own lines, trimmed: decoded lines found here need no extra masking. */
  readonly verbatimLines: ReadonlySet<string>;
}

export type InputRole = 'certificate' | 'private-key';

export interface DecodeContext extends EncodingContext {
  /** Decides which error code a structurally broken value gets. */
  readonly role: InputRole;
}

export function decodeInput(value: string | Uint8Array, context: DecodeContext): DecodedInput {
  const outer = decodeOuterForm(value, context);
  const verbatimLines = linesOf(value);
  if (outer.kind === 'pem') {
    return {
      items: readPemItems(outer.text, context),
      form: outer.via === 'text' ? 'PEM' : 'base64-encoded PEM',
      verbatimLines,
    };
  }
  return {
    items: readDerItems(outer.bytes, outer.via, context),
    form: outer.via === 'bytes' ? 'DER' : 'base64-encoded DER',
    verbatimLines,
  };
}

function linesOf(value: string | Uint8Array): ReadonlySet<string> {
  const text = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
  return new Set(text.split(/\r?\n|\r/).map((line) => line.trim()));
}

function readPemItems(text: string, context: DecodeContext): MaterialItem[] {
  let blocks: PemBlock[];
  try {
    blocks = parsePem(text);
  } catch (error) {
    if (!(error instanceof PemError)) throw error;
    throw materialError(
      context.role === 'certificate' ? 'ERR_CERT_INVALID' : 'ERR_KEY_INVALID',
      context.input,
      `${context.input} ${error.message}; expected a complete PEM ${context.expected}. ` +
        `Copy the whole file, including the BEGIN and END lines.`,
    );
  }
  return blocks.flatMap((block) => pemBlockItems(block, context));
}

function pemBlockItems(block: PemBlock, context: DecodeContext): MaterialItem[] {
  const { label, lines } = block;
  if (label === 'EC PARAMETERS') return [];
  if (label === 'OPENSSH PRIVATE KEY') {
    return [{ kind: 'unsupported-key', description: 'an OpenSSH-format private key', lines }];
  }
  const procType = block.headers.get('Proc-Type') ?? '';
  if (procType.includes('ENCRYPTED')) {
    const cipher = (block.headers.get('DEK-Info') ?? '').split(',', 1)[0]?.trim() ?? '';
    return [{ kind: 'legacy-encrypted-key', pem: rebuildPem(block), cipher, lines }];
  }
  let nodes: Asn1Node[];
  try {
    nodes = parseDerList(block.der);
  } catch (error) {
    if (!(error instanceof Asn1Error)) throw error;
    const isCertLabel = label.includes('CERTIFICATE');
    const isKeyLabel = label.includes('KEY');
    throw materialError(
      isCertLabel || (!isKeyLabel && context.role === 'certificate')
        ? 'ERR_CERT_INVALID'
        : 'ERR_KEY_INVALID',
      context.input,
      `${context.input} has a PEM "${label}" block whose content is not valid DER; ` +
        `expected a ${context.expected}. Export the ${context.expected} again as PEM.`,
    );
  }
  // A TRUSTED CERTIFICATE is a certificate followed by OpenSSL's trust settings.
  const considered = label === 'TRUSTED CERTIFICATE' ? nodes.slice(0, 1) : nodes;
  const items = considered.map((node) => itemFromNode(node, lines));
  return items.map((item) =>
    item.kind === 'other' && !item.recognized
      ? { kind: 'other', description: `a PEM "${label}" block`, recognized: true }
      : item,
  );
}

function readDerItems(
  bytes: Uint8Array,
  via: 'bytes' | 'base64',
  context: DecodeContext,
): MaterialItem[] {
  let nodes: Asn1Node[] = [];
  try {
    nodes = parseDerList(bytes);
  } catch (error) {
    if (!(error instanceof Asn1Error)) throw error;
  }
  const items = nodes.map((node) => itemFromNode(node, []));
  const [first] = items;
  const consistent =
    first !== undefined &&
    (items.length === 1 || items.every((item) => item.kind === 'certificate'));
  if (!consistent || (first.kind === 'other' && !first.recognized)) {
    const found =
      via === 'bytes'
        ? `${bytes.length} bytes that are neither PEM, base64 nor DER`
        : `base64 that decodes to ${bytes.length} bytes that are neither PEM nor DER`;
    throw materialError(
      'ERR_MATERIAL_UNRECOGNIZED',
      context.input,
      `${context.input} is not a recognisable ${context.expected}: found ${found}. ` +
        `Give the ${context.expected} as PEM text or as base64 of the PEM or DER file.`,
    );
  }
  return items;
}

function itemFromNode(node: Asn1Node, lines: readonly string[]): MaterialItem {
  const der = encoded(node);
  const kind = classifyDer(node);
  switch (kind.kind) {
    case 'certificate':
      return { kind: 'certificate', der };
    case 'pkcs12':
      return { kind: 'pkcs12', der };
    case 'private-key':
      return { kind: 'private-key', format: kind.format, der, lines };
    case 'encrypted-private-key':
      return { kind: 'encrypted-private-key', der, lines };
    case 'dsa-private-key':
      return { kind: 'unsupported-key', description: 'a DSA private key', lines };
    case 'other':
      return kind;
  }
}

/** A canonical PEM for OpenSSL, which is stricter about layout than the reader above. */
function rebuildPem(block: PemBlock): string {
  const headers = [...block.headers].map(([name, value]) => `${name}: ${value}`);
  const body =
    Buffer.from(block.der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return [
    `-----BEGIN ${block.label}-----`,
    ...headers,
    '',
    ...body,
    `-----END ${block.label}-----`,
    '',
  ].join('\n');
}

/** The items that are (or claim to be) private keys. */
export type KeyItem = Extract<
  MaterialItem,
  { kind: 'private-key' | 'encrypted-private-key' | 'legacy-encrypted-key' | 'unsupported-key' }
>;

const KEY_KINDS: ReadonlySet<MaterialItem['kind']> = new Set([
  'private-key',
  'encrypted-private-key',
  'legacy-encrypted-key',
  'unsupported-key',
]);

export function isKeyItem(item: MaterialItem): item is KeyItem {
  return KEY_KINDS.has(item.kind);
}
