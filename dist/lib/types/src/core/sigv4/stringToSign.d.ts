export declare function createStringToSign(algorithm: string, amzDate: string, scope: string, canonicalRequest: string): string;
