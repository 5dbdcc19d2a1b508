export declare function isCredentialValue(value: string): boolean;
