import { ACTION_CHAIN_NAMES } from '../core/chain/chainSettings.js';
import type { SettingNames } from '../core/settings.js';

/** The Action's input names (action.yml), so every message names the input the user wrote. */
export const ACTION_NAMES: SettingNames = {
  certificate: 'certificate',
  privateKey: 'private-key',
  passphrase: 'private-key-passphrase',
  intermediates: 'certificate-chain',
  trustAnchorArn: 'trust-anchor-arn',
  profileArn: 'profile-arn',
  roleArn: 'role-arn',
  region: 'aws-region',
  endpoint: 'endpoint',
  durationSeconds: 'session-duration',
  roleSessionName: 'role-session-name',
  chain: ACTION_CHAIN_NAMES,
  allowedAccountIds: 'allowed-account-ids',
  allowInsecureEndpoint: 'allow-insecure-endpoint',
};
