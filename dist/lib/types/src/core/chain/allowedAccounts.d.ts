/** `allowed-account-ids`: 12-digit ids, comma- or newline-separated; empty means any account. */
export declare function parseAllowedAccountIds(value: string | readonly string[] | undefined, input: string): readonly string[];
/**
 * Refuses credentials for an account outside the list, before anything is exported, written or
 * served. The account is read from the assumed-role ARN the service answered.
 */
export declare function checkAllowedAccount(assumedRoleArn: string, allowed: readonly string[], hop: string, input: string): void;
