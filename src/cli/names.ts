import { CLI_CHAIN_NAMES } from '../core/chain/chainSettings.js';
import type { SettingNames } from '../core/settings.js';

/** The CLI's flag names, so every message names the flag the user typed. */
export const CLI_NAMES: SettingNames = {
  certificate: '--certificate',
  privateKey: '--private-key',
  passphrase: '--pkcs8-password',
  intermediates: '--intermediates',
  trustAnchorArn: '--trust-anchor-arn',
  profileArn: '--profile-arn',
  roleArn: '--role-arn',
  region: '--region',
  endpoint: '--endpoint',
  durationSeconds: '--session-duration',
  roleSessionName: '--role-session-name',
  chain: CLI_CHAIN_NAMES,
  allowedAccountIds: '--allowed-account-ids',
  allowInsecureEndpoint: '--allow-insecure-endpoint',
};
