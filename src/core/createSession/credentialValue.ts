/**
 * The rule every credential value (access key id, secret key, session token) must pass, from
 * whichever hop it came: printable ASCII, no space. AWS issues nothing else, and a value outside
 * it (a control character, a Unicode quote) could end a quoted string in a shell, PowerShell or
 * env file the value is written to, or start a log line of its own.
 */
const CREDENTIAL_VALUE = /^[\x21-\x7e]+$/;

export function isCredentialValue(value: string): boolean {
  return CREDENTIAL_VALUE.test(value);
}
