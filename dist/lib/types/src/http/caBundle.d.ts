/**
 * Node reads NODE_EXTRA_CA_CERTS once at start-up into its default store, but an explicit `ca`
 * option replaces that store; so when AWS_CA_BUNDLE is set, both are added to the public roots.
 */
export declare function extraCertificateAuthorities(env: Readonly<Record<string, string | undefined>>): string[] | undefined;
