import { SERVICE, TERMINATOR } from './constants.js';

export function credentialScope(dateStamp: string, region: string): string {
  return `${dateStamp}/${region}/${SERVICE}/${TERMINATOR}`;
}
