/**
 * RFC 7468 textual encoding, read leniently: whitespace anywhere in the body (some CI UIs fold
 * newlines into spaces), RFC 1421 headers (traditional encrypted keys carry Proc-Type and
 * DEK-Info), and text between blocks are all tolerated.
 */
export interface PemBlock {
  readonly label: string;
  readonly headers: ReadonlyMap<string, string>;
  readonly der: Uint8Array;
  /** The block's lines as decoded text (armor included), for masking decoded secrets. */
  readonly lines: readonly string[];
}

/** A PEM block that cannot be read. The message describes structure, never content. */
export class PemError extends Error {
  override readonly name = 'PemError';
}

const BLOCK = /-----BEGIN ([A-Z0-9 #]{1,40})-----([\s\S]*?)-----END ([A-Z0-9 #]{1,40})-----/g;
const BEGIN = /-----BEGIN [^\n]*?-----/g;

export function parsePem(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let end = 0;
  for (const match of text.matchAll(BLOCK)) {
    end = match.index + match[0].length;
    const [whole, label = '', body = '', endLabel = ''] = match;
    if (label !== endLabel) {
      throw new PemError(`has a PEM block that begins "${label}" but ends "${endLabel}"`);
    }
    if (body.includes('-----BEGIN')) {
      throw new PemError(`has a PEM "${label}" block without its END line`);
    }
    blocks.push(readBlock(label, body, whole));
  }
  const begins = text.match(BEGIN)?.length ?? 0;
  if (begins > blocks.length) {
    throw new PemError('has a PEM BEGIN line without a matching END line (truncated?)');
  }
  if (blocks.length === 0) throw new PemError('has no complete PEM block');
  // Text before and between blocks is what tools write (openssl's Bag Attributes); after the last
  // block there is no reason for any, and it may be a second file appended by mistake.
  const trailing = text.slice(end).trim();
  if (trailing !== '') {
    throw new PemError(
      `has ${Buffer.byteLength(trailing)} bytes of data after its last PEM END line (not shown); remove them`,
    );
  }
  return blocks;
}

function readBlock(label: string, body: string, whole: string): PemBlock {
  const headers = new Map<string, string>();
  const bodyLines: string[] = [];
  for (const rawLine of body.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    const header = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/.exec(line);
    if (header?.[1] !== undefined && bodyLines.length === 0) {
      headers.set(header[1], header[2] ?? '');
    } else {
      bodyLines.push(line);
    }
  }
  const base64 = bodyLines.join('').replace(/\s+/g, '');
  if (base64 === '') throw new PemError(`has an empty PEM "${label}" block`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.replace(/=+$/, '').length % 4 === 1) {
    throw new PemError(`has a PEM "${label}" block whose body is not valid base64`);
  }
  const der = Buffer.from(base64, 'base64');
  const lines = whole
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { label, headers, der, lines };
}
