import { PRODUCT } from '../../version.js';
import { X509Certificate } from 'node:crypto';
import type { CredentialMaterial } from '../../core/material/index.js';
import type { SessionSettings } from '../../core/settings.js';
import { cacheKey, quickCacheIdentity, type CacheIdentity } from '../cache/cacheKey.js';
import { chooseCacheDir } from '../cache/cacheDir.js';
import { cachedCredentials } from '../cache/cachedCredentials.js';
import { recordEnvReads, writeReceipt, type ReceiptFile } from '../cache/receipt.js';
import { defineCommand } from '../command.js';
import { SESSION_OPTIONS } from '../inputs/credentialOptions.js';
import { resolveCliSession, type MaterialInputs } from '../inputs/sessionInputs.js';
import { credentialProcessJson } from '../output/credentialProcessJson.js';
import type { CliIo } from '../io.js';
import { obtainSession } from '../session/obtainSession.js';

/**
 * The material, when the quick path cannot tell the identity: the full loader, which refuses a
 * wrong key. A miss then signs with this same material, so a passphrase's key derivation runs once.
 */
async function loadForCacheIdentity(
  settings: SessionSettings,
  io: CliIo,
): Promise<CredentialMaterial> {
  const { loadMaterial } = await import('../../core/material/index.js');
  const material = await loadMaterial(settings.material, {
    now: io.now(),
    names: settings.names,
  });
  for (const fragment of material.secretFragments) io.secrets.add(fragment);
  return material;
}

function loadedCacheIdentity(material: CredentialMaterial): CacheIdentity {
  return {
    kind: 'loaded',
    leafDer: material.leafDer,
    // The loader has paired the key with the leaf, so the leaf's public key is the key's, also
    // for a key that lives on a token.
    publicKeyDer: new X509Certificate(material.leafDer).publicKey.export({
      type: 'spki',
      format: 'der',
    }),
  };
}

/**
 * The files a receipt must check, or undefined when the run cannot be replayed from one: a key
 * the full loader had to open, a passphrase (never recorded, even as a MAC), a key on a token,
 * stdin, or a chain policy read from a file.
 */
function receiptFiles(
  identity: CacheIdentity,
  material: MaterialInputs,
  options: {
    readonly 'chain-policy'?: string | undefined;
    readonly 'pkcs8-password'?: string | undefined;
  },
): ReceiptFile[] | undefined {
  if (identity.kind !== 'inputs' || options['pkcs8-password'] !== undefined) return undefined;
  // A key on a token is used after a login the receipt could not replay.
  if (material.token !== undefined) return undefined;
  if (options['chain-policy']?.startsWith('file://') === true) return undefined;
  const sources = [material.certificate, material.privateKey, material.intermediates];
  const files: ReceiptFile[] = [];
  for (const source of sources) {
    if (source === undefined || source.origin === 'env') continue;
    if (source.origin !== 'file') return undefined;
    files.push({ path: source.where, content: source.content });
  }
  return files;
}

const EXAMPLE_ARNS =
  '--trust-anchor-arn arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0a1b2c3d-... --profile-arn arn:aws:rolesanywhere:eu-west-1:111122223333:profile/4e5f6a7b-... --role-arn arn:aws:iam::111122223333:role/deployer';

export const credentialProcessCommand = defineCommand({
  name: 'credential-process',
  summary: 'Print credentials as the credential_process JSON document on stdout, and nothing else.',
  description: [
    'Flag-compatible with `aws_signing_helper credential-process`. Each session is cached per identity (the certificates and private key given, the role, profile, trust anchor, region, endpoint and session options: an entry is written only once the key has been paired with its leaf, and served only to a run that gives that same key) in a private directory ($XDG_CACHE_HOME/rolesanywhere-credentials or ~/.cache/rolesanywhere-credentials; RAC_CACHE_DIR or --cache-dir choose another) until 16 minutes before it expires (half the session for sessions under 32 minutes), so the AWS CLI, which runs the process for every command, calls CreateSession once per session. After a cached run a 0600 receipt beside the entry (HMACs of the variables and files the entry was keyed from, never their values) lets the next identical command line print the entry before the rest of the CLI loads.',
    'In ~/.aws/config: credential_process = rolesanywhere-credentials credential-process --certificate /path/cert.pem --private-key /path/key.pem --trust-anchor-arn ... --profile-arn ... --role-arn ...',
  ],
  options: {
    ...SESSION_OPTIONS,
    'no-cache': {
      type: 'boolean',
      description: 'Always call CreateSession; read and write no cache.',
    },
    'cache-dir': {
      type: 'string',
      value: '<dir>',
      description:
        'Cache directory (default $XDG_CACHE_HOME/rolesanywhere-credentials or ~/.cache/rolesanywhere-credentials; RAC_CACHE_DIR also sets it).',
    },
  },
  examples: [
    `${PRODUCT} credential-process --certificate cert.pem --private-key key.pem ${EXAMPLE_ARNS}`,
    `${PRODUCT} credential-process --certificate env:RA_CERT --private-key env:RA_KEY --pkcs8-password env:RA_PASS ${EXAMPLE_ARNS}`,
    `${PRODUCT} credential-process --certificate bundle.p12 --pkcs8-password env:P12_PASS ${EXAMPLE_ARNS}`,
  ],
  run: async (options, outerIo) => {
    // Every variable read and every line said is noted, for the receipt written after a cached run.
    const recorder = recordEnvReads(outerIo.env);
    const said = { anything: false };
    const io: CliIo = {
      ...outerIo,
      env: recorder.env,
      stderr: (line) => {
        said.anything = true;
        outerIo.stderr(line);
      },
    };
    const debug = (line: string): void => {
      if (options.debug) io.stderr(`rolesanywhere-credentials: ${line}`);
    };
    const { settings, material } = await resolveCliSession(options, io);
    const quick = options['no-cache'] ? undefined : quickCacheIdentity(settings.material);
    const loaded =
      options['no-cache'] || quick !== undefined
        ? undefined
        : await loadForCacheIdentity(settings, io);
    // Undefined exactly when --no-cache is given.
    const identity = quick ?? (loaded === undefined ? undefined : loadedCacheIdentity(loaded));
    const obtain = async () =>
      (
        await obtainSession(
          settings,
          { insecure: options['no-verify-ssl'], debug: options.debug },
          io,
          loaded,
        )
      ).credentials;
    if (identity === undefined) {
      io.stdout(credentialProcessJson(await obtain()));
      return 0;
    }
    const location = chooseCacheDir(options['cache-dir'], io.env, io.homeDir());
    const key = cacheKey(settings, identity);
    recorder.stop();
    const credentials = await cachedCredentials(
      { location, key, durationSeconds: settings.durationSeconds, debug },
      obtain,
      io,
    );
    io.stdout(credentialProcessJson(credentials));
    const files = receiptFiles(identity, material, options);
    if (!said.anything && !recorder.listed() && files !== undefined && io.invocation !== undefined)
      writeReceipt({
        dir: location.dir,
        invocation: io.invocation,
        entry: key,
        durationSeconds: settings.durationSeconds,
        envReads: recorder.reads,
        files,
      });
    return 0;
  },
});
