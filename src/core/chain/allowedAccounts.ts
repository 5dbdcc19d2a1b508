import { RolesAnywhereError } from '../errors.js';
import { splitList } from './chainSettings.js';

const ACCOUNT_ID = /^\d{12}$/;

/** `allowed-account-ids`: 12-digit ids, comma- or newline-separated; empty means any account. */
export function parseAllowedAccountIds(
  value: string | readonly string[] | undefined,
  input: string,
): readonly string[] {
  const ids = splitList(value);
  for (const id of ids) {
    if (!ACCOUNT_ID.test(id)) {
      throw new RolesAnywhereError(
        'ERR_INPUT_INVALID',
        `${input} holds "${id}", which is not a 12-digit AWS account id; give ids separated by commas.`,
        { input },
      );
    }
  }
  return ids;
}

/**
 * Refuses credentials for an account outside the list, before anything is exported, written or
 * served. The account is read from the assumed-role ARN the service answered.
 */
export function checkAllowedAccount(
  assumedRoleArn: string,
  allowed: readonly string[],
  hop: string,
  input: string,
): void {
  if (allowed.length === 0) return;
  const account = /^arn:[^:]+:sts::(\d{12}):/.exec(assumedRoleArn)?.[1];
  if (account !== undefined && allowed.includes(account)) return;
  throw new RolesAnywhereError(
    'ERR_ACCOUNT_NOT_ALLOWED',
    `The ${hop} credentials are for account ${account ?? '(none in the ARN)'} (${assumedRoleArn}), which is not in ${input} (${allowed.join(', ')}); nothing was exported. Check the role ARN or add the account to ${input}.`,
    { input },
  );
}
