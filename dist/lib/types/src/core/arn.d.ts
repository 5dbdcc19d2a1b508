export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';
export type ArnKind = 'trust-anchor' | 'profile' | 'role';
export interface ParsedArn {
    readonly arn: string;
    readonly kind: ArnKind;
    readonly partition: string;
    /** Empty for IAM roles, which are global. */
    readonly region: string;
    readonly accountId: string;
    readonly resourceId: string;
}
export declare function parseArn(value: string, kind: ArnKind, input: string): ParsedArn;
