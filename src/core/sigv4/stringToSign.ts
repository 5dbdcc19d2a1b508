import { hashHex } from './canonicalRequest.js';

export function createStringToSign(
  algorithm: string,
  amzDate: string,
  scope: string,
  canonicalRequest: string,
): string {
  return [algorithm, amzDate, scope, hashHex(canonicalRequest)].join('\n');
}
