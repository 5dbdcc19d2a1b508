import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The byte-exact signing example, committed with the tests (fixtures/vectors). */
export const VECTORS_DIR = join(import.meta.dirname, '..', 'fixtures', 'vectors');

export interface RsaBodyVector {
  readonly inputs: {
    readonly certificate: string;
    readonly private_key: string;
    readonly trust_anchor: string;
    readonly x_amz_date: string;
    readonly region: string;
    readonly host: string;
    readonly content_type: string;
    readonly body: string;
  };
  readonly canonical_request: string;
  readonly string_to_sign: string;
  readonly authorization: string;
}

export function readVector(): RsaBodyVector {
  return JSON.parse(readFileSync(join(VECTORS_DIR, 'rsa-body.json'), 'utf8')) as RsaBodyVector;
}

export function vectorFile(name: string): string {
  return readFileSync(join(VECTORS_DIR, name), 'utf8');
}

/** `20240101T120000Z` as a Date. */
export function amzDateToDate(amzDate: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!m) throw new Error(`not an X-Amz-Date: ${amzDate}`);
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}
