export declare function credentialScope(dateStamp: string, region: string): string;
