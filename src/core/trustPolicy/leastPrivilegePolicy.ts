/**
 * The trust policy a role needs for one certificate identity and nothing more: the Roles Anywhere
 * principal, the three actions it uses, its own trust anchor, and one session tag.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html#role-trusts
 */
import { ROLES_ANYWHERE_ACTIONS, ROLES_ANYWHERE_SERVICE } from './evaluateTrustPolicy.js';

export interface LeastPrivilegeInput {
  readonly trustAnchorArn: string;
  /** e.g. `x509Subject/CN`. */
  readonly tagKey: string;
  readonly tagValue: string;
}

export function leastPrivilegePolicy(input: LeastPrivilegeInput): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'RolesAnywhere',
        Effect: 'Allow',
        Principal: { Service: ROLES_ANYWHERE_SERVICE },
        Action: [...ROLES_ANYWHERE_ACTIONS],
        Condition: {
          ArnEquals: { 'aws:SourceArn': input.trustAnchorArn },
          StringEquals: { [`aws:PrincipalTag/${input.tagKey}`]: input.tagValue },
        },
      },
    ],
  };
}
