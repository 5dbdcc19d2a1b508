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

/** Chain order and validity, and whether it reaches the trust anchor's CA (with --ca). */
export function checkChain(
  inputs: ChainInputs,
  certs: InspectedCertificates,
  now: Date,
): Finding[] {
  const out: Finding[] = [];
  let given: X509Certificate[] = [];
  if (inputs.intermediates !== undefined) {
    try {
      given = readCertificateList(inputs.intermediates.content, '--intermediates');
    } catch (error) {
      return [finding('fail', 'chain', message(error), `Read from ${inputs.intermediates.where}.`)];
    }
  }
  const candidates = [
    ...certs.certificates
      .filter((c) => c !== certs.leaf)
      .map((cert) => ({ cert, source: '--certificate' })),
    ...given.map((cert) => ({ cert, source: '--intermediates' })),
  ];
  let chain: readonly X509Certificate[];
  try {
    const ordered = orderChain(certs.leaf, candidates);
    chain = ordered.intermediates;
    for (const note of ordered.notes) {
      out.push(
        finding(
          /reordered/.test(note) ? 'warn' : 'info',
          'chain order',
          note,
          /reordered/.test(note)
            ? 'This tool reorders it, but aws_signing_helper sends the order given and the service then refuses it; store the chain leaf-first.'
            : 'Nothing to do.',
        ),
      );
    }
  } catch (error) {
    return [
      finding(
        'fail',
        'chain',
        message(error),
        'The service would answer "Untrusted Signing Certificate".',
      ),
    ];
  }
  const names = chain.map((c) => certificateFacts(c).subject || '(empty subject)');
  out.push(
    finding(
      'pass',
      'chain',
      chain.length === 0
        ? 'no intermediates (the leaf is sent alone)'
        : `${chain.length} intermediate(s), leaf-first: ${names.join(' -> ')}`,
      'Sent in X-Amz-X509-Chain, leaf side first; the root comes from the trust anchor.',
    ),
  );
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
  out.push(checkAnchor(inputs, chain[chain.length - 1] ?? certs.leaf));
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
