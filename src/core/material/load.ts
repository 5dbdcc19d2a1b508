import { RolesAnywhereError, isRolesAnywhereError } from '../errors.js';
import { certificateFacts } from './certificateFacts.js';
import { readCertificateInput, readIntermediates } from './certificateInput.js';
import { orderChain, type ChainCandidate } from './chain.js';
import { checkEndEntity, checkValidity } from './checks.js';
import { isBlank } from './encoding.js';
import { readKeyInput } from './keyInput.js';
import { matchExternalKey } from './matchExternalKey.js';
import { matchLeaf } from './matchLeaf.js';
import { materialError } from './materialError.js';
import { SecretFragments } from './secretFragments.js';
import { checkMaterialSize } from './sizeLimit.js';
import {
  DEFAULT_INPUT_NAMES,
  type CredentialMaterial,
  type InputNames,
  type LoadOptions,
  type MaterialSources,
} from './types.js';

/**
 * Reads the certificate, key and chain the user brought, in whatever form, and checks them the
 * way Roles Anywhere will, so that a bad input fails here with a message naming it rather than
 * later as an opaque AccessDenied. Pure: the clock comes in through `options.now`.
 */
export function loadMaterial(
  sources: MaterialSources,
  options: LoadOptions,
): Promise<CredentialMaterial> {
  // The work is synchronous, but a caller awaiting it expects a bad input as a rejection, not
  // as a throw in its own frame; the executor turns one into the other.
  return new Promise((resolve) => {
    resolve(loadMaterialNow(sources, options));
  });
}

function loadMaterialNow(sources: MaterialSources, options: LoadOptions): CredentialMaterial {
  const names = resolveNames(options.names);
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) {
    throw new RolesAnywhereError('ERR_INTERNAL', 'loadMaterial needs options.now as a valid Date.');
  }
  checkMaterialSize(sources.certificate, names.certificate);
  checkMaterialSize(sources.privateKey, names.privateKey);
  checkMaterialSize(sources.intermediates, names.intermediates);
  checkMaterialSize(sources.passphrase, names.passphrase);
  const progress: Progress = { input: names.certificate };
  try {
    return load(sources, options.now, names, progress);
  } catch (error) {
    if (isRolesAnywhereError(error)) throw error;
    // A bug, not bad input. Only the error's class is kept: its message might quote data.
    const kind = error instanceof Error ? error.name : typeof error;
    throw materialError(
      'ERR_INTERNAL',
      progress.input,
      `Reading ${progress.input} failed unexpectedly (${kind}); this is a bug, please report it.`,
    );
  }
}

function resolveNames(given: Partial<InputNames> | undefined): InputNames {
  const names: InputNames = { ...DEFAULT_INPUT_NAMES };
  const keys: ReadonlyArray<keyof InputNames> = [
    'certificate',
    'privateKey',
    'passphrase',
    'intermediates',
  ];
  for (const key of keys) {
    const value = given?.[key];
    if (typeof value === 'string' && value !== '') names[key] = value;
  }
  return names;
}

interface Progress {
  input: string;
}

function load(
  sources: MaterialSources,
  now: Date,
  names: InputNames,
  progress: Progress,
): CredentialMaterial {
  const notes: string[] = [];
  const secrets = new SecretFragments();
  const passphrase = sources.passphrase === '' ? undefined : sources.passphrase;

  progress.input = names.certificate;
  const leafSource = readCertificateInput(sources.certificate, passphrase, names, notes);

  progress.input = names.privateKey;
  const external = sources.externalKey;
  const keyCandidates =
    external === undefined
      ? readKeyInput(sources, passphrase, leafSource, names, notes, secrets)
      : [];
  const keySource = isBlank(sources.privateKey) ? names.certificate : names.privateKey;

  progress.input = names.intermediates;
  const chainCertificates = readIntermediates(sources.intermediates, names);

  progress.input = external === undefined ? keySource : names.privateKey;
  const { leaf, key, keyType } =
    external === undefined
      ? matchLeaf(leafSource, keyCandidates, keySource, names, notes)
      : {
          leaf: matchExternalKey(leafSource, external, names),
          key: external,
          keyType: external.keyType,
        };

  progress.input = names.certificate;
  const facts = certificateFacts(leaf);
  checkValidity(facts, now, names.certificate);
  const warnings = checkEndEntity(facts, names.certificate, names.intermediates);

  progress.input = names.intermediates;
  const candidates: ChainCandidate[] = [
    ...leafSource.certificates
      .filter((cert) => cert !== leaf)
      .map((cert) => ({ cert, source: names.certificate })),
    ...chainCertificates.map((cert) => ({ cert, source: names.intermediates })),
  ];
  const chain = orderChain(leaf, candidates);
  notes.push(...chain.notes);

  return {
    leaf,
    leafDer: Buffer.from(leaf.raw),
    intermediates: chain.intermediates,
    privateKey: key,
    keyType,
    serialDecimal: facts.serialDecimal,
    subject: facts.subject,
    issuer: facts.issuer,
    notBefore: facts.notBefore,
    notAfter: facts.notAfter,
    fingerprint256: leaf.fingerprint256,
    notes,
    warnings,
    secretFragments: secrets.toArray(),
  };
}
