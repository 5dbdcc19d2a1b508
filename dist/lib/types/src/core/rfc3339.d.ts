/**
 * RFC 3339 in UTC without fractions (2025-12-11T16:34:25Z), as AWS writes it: botocore parses
 * IMDS and credential_process expirations with strptime("%Y-%m-%dT%H:%M:%SZ") and rejects fractions.
 */
export declare function rfc3339(date: Date): string;
