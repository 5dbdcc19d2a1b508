import type { CliCommand } from '../command.js';

export interface RegisteredCommand {
  readonly name: string;
  readonly summary: string;
  /** Lazy, so a cache hit loads only the code it runs (each import becomes its own chunk). */
  readonly load: () => Promise<CliCommand>;
}

/** The one place commands are registered; add a line here and a file beside this one. */
export const COMMANDS: readonly RegisteredCommand[] = [
  {
    name: 'credential-process',
    summary:
      'Print credentials as credential_process JSON (cached), a drop-in for aws_signing_helper.',
    load: async () => (await import('./credentialProcess.js')).credentialProcessCommand,
  },
  {
    name: 'env',
    summary:
      'Print credentials for a shell or CI: sh, fish, powershell, dotenv, json, github, azure.',
    load: async () => (await import('./env.js')).envCommand,
  },
  {
    name: 'update',
    summary: 'Write credentials into a profile of the shared credentials file and keep it fresh.',
    load: async () => (await import('./update.js')).updateCommand,
  },
  {
    name: 'doctor',
    summary: 'Check certificate, key, chain, ARNs, endpoint and clock, and explain each finding.',
    load: async () => (await import('./doctor.js')).doctorCommand,
  },
  {
    name: 'read-certificate-data',
    summary: 'Print the certificate data aws_signing_helper prints (key type, DER, serial).',
    load: async () => (await import('./readCertificateData.js')).readCertificateDataCommand,
  },
  {
    name: 'sign-string',
    summary: 'Sign stdin with the private key, as aws_signing_helper sign-string does.',
    load: async () => (await import('./signString.js')).signStringCommand,
  },
  {
    name: 'serve',
    summary:
      'Serve refreshing credentials on 127.0.0.1 to every AWS SDK (container provider; IMDSv2 with --imds); `serve stop` stops a detached one.',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'pki',
    summary:
      'Make a trust anchor CA (`pki ca`), a CI identity certificate (`pki issue`) and a CRL (`pki crl`).',
    load: async () => (await import('./pki.js')).pkiCommand,
  },
  {
    name: 'trust-policy',
    summary:
      "Print a certificate's session tags and a least-privilege role trust policy for it (JSON).",
    load: async () => (await import('./trustPolicy.js')).trustPolicyCommand,
  },
  {
    name: 'gitlab-setup',
    summary:
      "The GitLab template's before_script: check the job, obtain credentials, print sh lines to eval.",
    load: async () => (await import('./gitlabJob.js')).gitlabSetupCommand,
  },
  {
    name: 'gitlab-teardown',
    summary:
      "The GitLab template's after_script: stop the job's server and remove the directory it made.",
    load: async () => (await import('./gitlabJob.js')).gitlabTeardownCommand,
  },
  {
    name: 'demo',
    summary: 'See it work end to end with a throw-away CA and the local emulator: no AWS account.',
    load: async () => (await import('./demo.js')).demoCommand,
  },
  {
    name: 'emulate',
    summary: 'Run a strict local Roles Anywhere endpoint (and STS GetCallerIdentity) for tests.',
    load: async () => (await import('./emulate.js')).emulateCommand,
  },
  {
    name: 'version',
    summary: 'Print the version.',
    load: async () => (await import('./version.js')).versionCommand,
  },
];

export function findCommand(name: string): RegisteredCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
