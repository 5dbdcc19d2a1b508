/**
 * Stands in, in the Action's bundles only, for the modules @actions/core loads for two features
 * this Action never uses: OIDC tokens (`getIDToken`, through @actions/http-client and undici) and
 * `platform.getDetails()` (through @actions/exec). Loading them cost about 35 ms and 10 MiB at
 * every start. tsconfig.json's `paths` points the bundler here; docs/architecture.md records why.
 */
function notBundled(feature: string): never {
  throw new Error(
    `rolesanywhere-credentials does not bundle ${feature} from @actions/core: the Action never uses it.`,
  );
}

// @actions/core calls these two with `new`; a plain function throws just the same.
export function HttpClient(): never {
  return notBundled('the OIDC HTTP client');
}

export function BearerCredentialHandler(): never {
  return notBundled('the OIDC HTTP client');
}

export function getExecOutput(): never {
  return notBundled('@actions/exec (platform details)');
}

export function exec(): never {
  return notBundled('@actions/exec (platform details)');
}
