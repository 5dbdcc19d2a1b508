import { rfc3339 } from '../../core/rfc3339.js';
import type { X509Certificate } from 'node:crypto';
import type { SourceValue } from '../inputs/readSource.js';
import {
  certificateFacts,
  orderChain,
  readCertificateList,
  verifiesWith,
  type InspectedCertificates,
} from '../inputs/materialInspect.js';
import { message, who } from './describe.js';
import { finding, type Finding } from './findings.js';

export interface ChainInputs {
  readonly intermediates: SourceValue | undefined;
  readonly ca: SourceValue | undefined;
}

/** The intermediates leaf-first, with a finding for each note on the way; or why there is no chain. */
type OrderedChain =
  | {
      readonly kind: 'ordered';
      readonly chain: readonly X509Certificate[];
      readonly notes: readonly Finding[];
    }
  | { readonly kind: 'failed'; readonly finding: Finding };

/** Chain order and validity, and whether it reaches the trust anchor's CA (with --ca). */
export function checkChain(
  inputs: ChainInputs,
  certs: InspectedCertificates,
  now: Date,
): Finding[] {
  const ordered = orderGivenChain(inputs, certs);
  if (ordered.kind === 'failed') return [ordered.finding];
  const { chain } = ordered;
  return [
    ...ordered.notes,
    chainSummary(chain),
    ...intermediateFindings(chain, now),
    checkAnchor(inputs, chain[chain.length - 1] ?? certs.leaf),
  ];
}

/** The extra certificates of --certificate and those of --intermediates, ordered from the leaf. */
function orderGivenChain(inputs: ChainInputs, certs: InspectedCertificates): OrderedChain {
  let given: X509Certificate[] = [];
  if (inputs.intermediates !== undefined) {
    try {
      given = readCertificateList(inputs.intermediates.content, '--intermediates');
    } catch (error) {
      const where = `Read from ${inputs.intermediates.where}.`;
      return { kind: 'failed', finding: finding('fail', 'chain', message(error), where) };
    }
  }
  const candidates = [
    ...certs.certificates
      .filter((c) => c !== certs.leaf)
      .map((cert) => ({ cert, source: '--certificate' })),
    ...given.map((cert) => ({ cert, source: '--intermediates' })),
  ];
  try {
    const ordered = orderChain(certs.leaf, candidates);
    return { kind: 'ordered', chain: ordered.intermediates, notes: ordered.notes.map(orderNote) };
  } catch (error) {
    return {
      kind: 'failed',
      finding: finding(
        'fail',
        'chain',
        message(error),
        'The service would answer "Untrusted Signing Certificate".',
      ),
    };
  }
}

function orderNote(note: string): Finding {
  const reordered = /reordered/.test(note);
  return finding(
    reordered ? 'warn' : 'info',
    'chain order',
    note,
    reordered
      ? 'This tool reorders it, but aws_signing_helper sends the order given and the service then refuses it; store the chain leaf-first.'
      : 'Nothing to do.',
  );
}

function chainSummary(chain: readonly X509Certificate[]): Finding {
  const names = chain.map((c) => certificateFacts(c).subject || '(empty subject)');
  return finding(
    'pass',
    'chain',
    chain.length === 0
      ? 'no intermediates (the leaf is sent alone)'
      : `${chain.length} intermediate(s), leaf-first: ${names.join(' -> ')}`,
    'Sent in X-Amz-X509-Chain, leaf side first; the root comes from the trust anchor.',
  );
}

/** Each intermediate must still be valid and be a CA. */
function intermediateFindings(chain: readonly X509Certificate[], now: Date): Finding[] {
  const out: Finding[] = [];
  for (const cert of chain) {
    const facts = certificateFacts(cert);
    if (facts.notAfter.getTime() < now.getTime())
      out.push(
        finding(
          'fail',
          'chain validity',
          `intermediate ${who(facts)} expired on ${rfc3339(facts.notAfter)}`,
          'Renew the intermediate CA certificate.',
        ),
      );
    if (!facts.isCA)
      out.push(
        finding(
          'fail',
          'chain',
          `intermediate ${who(facts)} is not a CA certificate`,
          'Only CA certificates can sit between the leaf and the trust anchor.',
        ),
      );
  }
  return out;
}

function checkAnchor(inputs: ChainInputs, top: X509Certificate): Finding {
  const topFacts = certificateFacts(top);
  if (inputs.ca === undefined) {
    return finding(
      'info',
      'trust anchor',
      `the chain ends at ${who(topFacts)}, issued by ${topFacts.issuer || '(empty issuer)'}`,
      "Give --ca with the trust anchor's CA certificate to check that the chain reaches it.",
    );
  }
  let anchors: X509Certificate[];
  try {
    anchors = readCertificateList(inputs.ca.content, '--ca');
  } catch (error) {
    return finding('fail', 'trust anchor', message(error), `Read from ${inputs.ca.where}.`);
  }
  const anchor = anchors.find((ca) => top.checkIssued(ca) && verifiesWith(top, ca));
  if (anchor !== undefined) {
    return finding(
      'pass',
      'trust anchor',
      `the chain reaches the CA ${who(certificateFacts(anchor))}`,
      'The service builds the same path from the trust anchor.',
    );
  }
  return finding(
    'fail',
    'trust anchor',
    `the chain does not reach any --ca certificate: it ends at ${who(topFacts)}, issued by ${topFacts.issuer || '(empty issuer)'}`,
    'The service would answer "Untrusted Signing Certificate". Add the missing intermediate CA certificates to --intermediates, or check that --ca is the trust anchor\'s CA.',
  );
}
