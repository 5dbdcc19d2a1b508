import type { X509Certificate } from 'node:crypto';

import { certificateFacts, verifiesWith } from './certificateFacts.js';
import { identify } from './checks.js';
import { materialError } from './materialError.js';

/**
 * Puts the intermediates in the order Roles Anywhere wants them, leaf side first (the
 * x-amz-x509-chain header, see the signing process in the Roles Anywhere user guide). A
 * self-signed root is dropped because the trust anchor supplies it. Order is found by issuer and
 * signature, not by the order given, since chains pasted root-first are common.
 */
export interface ChainCandidate {
  readonly cert: X509Certificate;
  /** The input it came from, for notes and errors. */
  readonly source: string;
}

export interface OrderedChain {
  readonly intermediates: readonly X509Certificate[];
  readonly notes: readonly string[];
}

export function orderChain(
  leaf: X509Certificate,
  candidates: readonly ChainCandidate[],
): OrderedChain {
  const notes: string[] = [];
  const seen = new Set<string>([leaf.fingerprint256]);
  const kept: ChainCandidate[] = [];
  for (const candidate of candidates) {
    const { cert, source } = candidate;
    if (seen.has(cert.fingerprint256)) {
      notes.push(`${source} repeats a certificate (${describe(cert)}); ignored the copy.`);
      continue;
    }
    seen.add(cert.fingerprint256);
    if (certificateFacts(cert).selfSigned) {
      notes.push(
        `${source} includes the self-signed root (${describe(cert)}); dropped it, because ` +
          `Roles Anywhere takes the root from the trust anchor.`,
      );
      continue;
    }
    kept.push(candidate);
  }

  const ordered: ChainCandidate[] = [];
  const remaining = [...kept];
  let current = leaf;
  for (;;) {
    const index = remaining.findIndex((candidate) => issues(candidate.cert, current));
    const next = remaining[index];
    if (next === undefined) break;
    ordered.push(next);
    remaining.splice(index, 1);
    current = next.cert;
  }

  const [stray] = remaining;
  if (stray !== undefined) {
    const last = ordered[ordered.length - 1]?.cert ?? leaf;
    throw materialError(
      'ERR_CHAIN_ORDER',
      stray.source,
      `${stray.source} holds a certificate (${describe(stray.cert)}) that does not connect to ` +
        `the leaf: it did not issue ${last === leaf ? 'the leaf' : 'the last connected intermediate'} ` +
        `(${describe(last)}) or any other given certificate; remove it, or add the missing ` +
        `intermediates between it and the leaf.`,
    );
  }

  if (ordered.some((candidate, index) => candidate !== kept[index])) {
    const sources = [...new Set(kept.map((candidate) => candidate.source))];
    const verb = sources.length > 1 ? 'were' : 'was';
    const reversed = ordered.every(
      (candidate, index) => candidate === kept[kept.length - 1 - index],
    );
    notes.push(
      `${sources.join(' and ')} ${verb} given ${reversed ? 'root-first' : 'out of order'}; ` +
        `reordered leaf-first.`,
    );
  }
  return { intermediates: ordered.map((candidate) => candidate.cert), notes };
}

function issues(issuer: X509Certificate, child: X509Certificate): boolean {
  try {
    return child.checkIssued(issuer) && verifiesWith(child, issuer);
  } catch {
    return false;
  }
}

function describe(cert: X509Certificate): string {
  return identify(certificateFacts(cert));
}
