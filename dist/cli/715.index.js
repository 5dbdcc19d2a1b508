"use strict";
exports.id = 715;
exports.ids = [715,332];
exports.modules = {

/***/ 2332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ defineCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/cli/args.ts


/** aws_signing_helper flags for key stores this tool does not reach. */
const HELPER_ONLY = new Set([
    'cert-selector',
    'system-store-name',
    'use-latest-expiring-certificate',
    'pkcs11-lib',
    'reuse-pin',
    'tpm-key-password',
    'no-tpm-key-password',
]);
function usage(command, problem) {
    return new errors/* RolesAnywhereError */.rK('ERR_USAGE', `${command}: ${problem}; run \`rolesanywhere-credentials ${command} --help\` for the flags it takes.`);
}
/**
 * node:util parseArgs in its lenient mode, then our own checks, so each mistake gets one line
 * naming the flag: parseArgs' strict messages are long and would swallow `--certificate --debug`
 * as a file called "--debug".
 */
function parseCommandArgs(command, specs, argv) {
    const options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }]));
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: { ...options, help: { type: 'boolean', short: 'h' } },
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const values = {};
    for (const token of tokens) {
        if (token.kind === 'positional') {
            throw usage(command, `unexpected argument "${token.value}" (flags take the form --name value)`);
        }
        if (token.kind === 'option-terminator')
            continue;
        if (token.name === 'help')
            return 'help';
        const spec = specs[token.name];
        if (spec === undefined && HELPER_ONLY.has(token.name)) {
            throw new errors/* RolesAnywhereError */.rK('ERR_USAGE', `${command}: ${token.rawName} (OS certificate stores, PKCS#11, TPM) is not supported; give the certificate and key as files, env:NAME or -, or keep aws_signing_helper for hardware-held keys.`);
        }
        if (spec === undefined)
            throw usage(command, `unknown flag ${token.rawName}`);
        if (spec.type === 'boolean') {
            if (token.value !== undefined) {
                throw usage(command, `${token.rawName} is a switch and takes no value (got "${token.value}")`);
            }
            values[token.name] = true;
            continue;
        }
        const value = token.value;
        // A PEM block (`--private-key "$(cat key.pem)"`) starts with dashes but is a value, not a flag:
        // it goes on like the `=` form so the flag's reader refuses it without echoing it.
        const flagLike = value?.startsWith('--') === true && !value.startsWith('-----BEGIN');
        if (value === undefined || (!token.inlineValue && flagLike)) {
            throw usage(command, `${token.rawName} needs a value: ${spec.value}`);
        }
        values[token.name] = value;
    }
    const parsed = {};
    for (const [name, spec] of Object.entries(specs)) {
        parsed[name] = values[name] ?? (spec.type === 'boolean' ? false : undefined);
    }
    return parsed;
}

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/command.ts


function defineCommand(definition) {
    return {
        name: definition.name,
        summary: definition.summary,
        help: () => (0,help/* renderCommandHelp */.f)(definition),
        execute: async (argv, io) => {
            const parsed = parseCommandArgs(definition.name, definition.options, argv);
            if (parsed === 'help') {
                io.stdout((0,help/* renderCommandHelp */.f)(definition));
                return 0;
            }
            return definition.run(parsed, io);
        },
    };
}


/***/ }),

/***/ 5715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: ./src/core/settings.ts
var core_settings = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/cli/names.ts
var names = __webpack_require__(2010);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(2332);
;// CONCATENATED MODULE: ./src/cli/doctor/findings.ts
function finding(level, check, summary, explanation) {
    return { level, check, summary, explanation };
}
const LABELS = {
    pass: 'PASS',
    info: 'INFO',
    warn: 'WARN',
    fail: 'FAIL',
};
/** 0 all passed, 2 warnings only, 1 at least one failure. */
function doctorExitCode(findings) {
    if (findings.some((f) => f.level === 'fail'))
        return 1;
    if (findings.some((f) => f.level === 'warn'))
        return 2;
    return 0;
}
function renderFindings(findings) {
    const width = Math.max(...findings.map((f) => f.check.length));
    const lines = findings.flatMap((f) => [
        `${LABELS[f.level]}  ${f.check.padEnd(width)}  ${f.summary}`,
        ...(f.explanation === '' ? [] : [`      ${' '.repeat(width)}  ${f.explanation}`]),
    ]);
    const count = (level) => findings.filter((f) => f.level === level).length;
    const failures = count('fail');
    const warnings = count('warn');
    const verdict = failures > 0
        ? `${failures} failure${failures === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}: fix the FAIL lines first.`
        : warnings > 0
            ? `No failures, ${warnings} warning${warnings === 1 ? '' : 's'}.`
            : 'All checks passed.';
    return `${lines.join('\n')}\n\n${verdict}\n`;
}

// EXTERNAL MODULE: ./src/cli/inputs/materialInspect.ts
var materialInspect = __webpack_require__(7121);
// EXTERNAL MODULE: ./src/core/material/matchExternalKey.ts
var matchExternalKey = __webpack_require__(1760);
// EXTERNAL MODULE: ./src/core/rfc3339.ts
var rfc3339 = __webpack_require__(4376);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/cli/doctor/describe.ts

const DAY_MS = 86_400_000;
/** An error's one-line message, for a finding. */
function message(error) {
    return (0,errors/* isRolesAnywhereError */.db)(error) ? error.message : (0,errors/* describeCause */.V$)(error);
}
/** "CN=ci-runner, serial 99058066522113". */
function who(facts) {
    return `${facts.subject || '(empty subject)'}, serial ${facts.serialDecimal}`;
}

;// CONCATENATED MODULE: ./src/cli/doctor/chainChecks.ts




/** Chain order and validity, and whether it reaches the trust anchor's CA (with --ca). */
function checkChain(inputs, certs, now) {
    const ordered = orderGivenChain(inputs, certs);
    if (ordered.kind === 'failed')
        return [ordered.finding];
    const { chain } = ordered;
    return [
        ...ordered.notes,
        chainSummary(chain),
        ...intermediateFindings(chain, now),
        checkAnchor(inputs, chain[chain.length - 1] ?? certs.leaf),
    ];
}
/** The extra certificates of --certificate and those of --intermediates, ordered from the leaf. */
function orderGivenChain(inputs, certs) {
    let given = [];
    if (inputs.intermediates !== undefined) {
        try {
            given = (0,materialInspect/* readCertificateList */.IH)(inputs.intermediates.content, '--intermediates');
        }
        catch (error) {
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
        const ordered = (0,materialInspect/* orderChain */.k$)(certs.leaf, candidates);
        return { kind: 'ordered', chain: ordered.intermediates, notes: ordered.notes.map(orderNote) };
    }
    catch (error) {
        return {
            kind: 'failed',
            finding: finding('fail', 'chain', message(error), 'The service would answer "Untrusted Signing Certificate".'),
        };
    }
}
function orderNote(note) {
    const reordered = /reordered/.test(note);
    return finding(reordered ? 'warn' : 'info', 'chain order', note, reordered
        ? 'This tool reorders it, but aws_signing_helper sends the order given and the service then refuses it; store the chain leaf-first.'
        : 'Nothing to do.');
}
function chainSummary(chain) {
    const names = chain.map((c) => (0,materialInspect/* certificateFacts */.lF)(c).subject || '(empty subject)');
    return finding('pass', 'chain', chain.length === 0
        ? 'no intermediates (the leaf is sent alone)'
        : `${chain.length} intermediate(s), leaf-first: ${names.join(' -> ')}`, 'Sent in X-Amz-X509-Chain, leaf side first; the root comes from the trust anchor.');
}
/** Each intermediate must still be valid and be a CA. */
function intermediateFindings(chain, now) {
    const out = [];
    for (const cert of chain) {
        const facts = (0,materialInspect/* certificateFacts */.lF)(cert);
        if (facts.notAfter.getTime() < now.getTime())
            out.push(finding('fail', 'chain validity', `intermediate ${who(facts)} expired on ${(0,rfc3339/* rfc3339 */.a)(facts.notAfter)}`, 'Renew the intermediate CA certificate.'));
        if (!facts.isCA)
            out.push(finding('fail', 'chain', `intermediate ${who(facts)} is not a CA certificate`, 'Only CA certificates can sit between the leaf and the trust anchor.'));
    }
    return out;
}
function checkAnchor(inputs, top) {
    const topFacts = (0,materialInspect/* certificateFacts */.lF)(top);
    if (inputs.ca === undefined) {
        return finding('info', 'trust anchor', `the chain ends at ${who(topFacts)}, issued by ${topFacts.issuer || '(empty issuer)'}`, "Give --ca with the trust anchor's CA certificate to check that the chain reaches it.");
    }
    let anchors;
    try {
        anchors = (0,materialInspect/* readCertificateList */.IH)(inputs.ca.content, '--ca');
    }
    catch (error) {
        return finding('fail', 'trust anchor', message(error), `Read from ${inputs.ca.where}.`);
    }
    const anchor = anchors.find((ca) => top.checkIssued(ca) && (0,materialInspect/* verifiesWith */.gd)(top, ca));
    if (anchor !== undefined) {
        return finding('pass', 'trust anchor', `the chain reaches the CA ${who((0,materialInspect/* certificateFacts */.lF)(anchor))}`, 'The service builds the same path from the trust anchor.');
    }
    return finding('fail', 'trust anchor', `the chain does not reach any --ca certificate: it ends at ${who(topFacts)}, issued by ${topFacts.issuer || '(empty issuer)'}`, 'The service would answer "Untrusted Signing Certificate". Add the missing intermediate CA certificates to --intermediates, or check that --ca is the trust anchor\'s CA.');
}

// EXTERNAL MODULE: ./src/core/material/mlDsa.ts
var mlDsa = __webpack_require__(1482);
// EXTERNAL MODULE: ./src/core/material/index.ts + 17 modules
var material = __webpack_require__(8835);
;// CONCATENATED MODULE: ./src/cli/doctor/leafChecks.ts





/** Under this many days left, the validity check warns. */
const WARN_DAYS = 14;
/** What Roles Anywhere checks on the leaf itself: validity, the end-entity rules, key type. */
function checkLeaf(facts, now) {
    return [
        validityFinding(facts, now),
        ...endEntityFindings(facts),
        ...signatureHashFindings(facts),
        ...keyTypeFindings(facts),
    ];
}
function validityFinding(facts, now) {
    const left = facts.notAfter.getTime() - now.getTime();
    const window = `valid ${(0,rfc3339/* rfc3339 */.a)(facts.notBefore)} to ${(0,rfc3339/* rfc3339 */.a)(facts.notAfter)}`;
    if (now.getTime() < facts.notBefore.getTime()) {
        return finding('fail', 'validity', `not valid yet: ${window}`, "Roles Anywhere refuses it until then. If the certificate was just issued, this machine's clock is probably behind: check NTP.");
    }
    if (left <= 0) {
        const days = Math.floor(-left / DAY_MS);
        return finding('fail', 'validity', `expired ${days === 0 ? 'less than a day' : `${days} day(s)`} ago: ${window}`, 'Roles Anywhere refuses expired certificates; issue a new one.');
    }
    if (left < WARN_DAYS * DAY_MS) {
        return finding('warn', 'validity', `${Math.floor(left / DAY_MS)} day(s) left: ${window}`, `Renew it soon: sessions stop the moment it expires (warning under ${WARN_DAYS} days).`);
    }
    return finding('pass', 'validity', `${Math.floor(left / DAY_MS)} days left: ${window}`, 'Roles Anywhere refuses a certificate outside this window.');
}
function signatureHashFindings(facts) {
    if (facts.signatureHash !== 'unknown')
        return [];
    return [
        finding('warn', 'signature hash', "the certificate's signature algorithm is not one this tool knows", 'Roles Anywhere accepts SHA-256, SHA-384 and SHA-512 signatures.'),
    ];
}
function keyTypeFindings(facts) {
    if (facts.keyType === 'ml-dsa-44' ||
        facts.keyType === 'ml-dsa-65' ||
        facts.keyType === 'ml-dsa-87') {
        if ((0,mlDsa/* mlDsaAvailable */.tv)())
            return [];
        return [
            finding('fail', 'key type', `${facts.keyDescription} needs Node.js 24 or later; this is Node.js ${process.versions.node}`, "Run this tool with Node.js 24 or later (the GitHub Action's runtime), whose OpenSSL 3.5 signs ML-DSA."),
        ];
    }
    if (facts.keyType === 'rsa' || facts.keyType === 'ec')
        return [];
    return [
        finding('fail', 'key type', `${facts.keyDescription} cannot sign Roles Anywhere requests`, 'Use an RSA (2048 to 4096 bits), EC P-256/P-384 or ML-DSA-44/65/87 key.'),
    ];
}
const WHY = {
    'X.509 version': 'Roles Anywhere needs an X.509 v3 end-entity certificate.',
    'basic constraints': "Roles Anywhere signs with the workload's own certificate, never a CA.",
    'key usage': 'Roles Anywhere needs keyUsage with digitalSignature on the end-entity certificate.',
    'signature hash': 'Requests are signed with SHA-256 whatever hash signed the certificate.',
};
/** The same rule set as the pre-call checks: a row per rule, showing only what the certificate holds. */
function endEntityFindings(facts) {
    const outcomes = (0,material/* judgeEndEntity */.G3)(facts, {
        certificate: 'the certificate',
        intermediates: '--intermediates',
        identity: who(facts),
    });
    return outcomes.map(({ rule, passed, verdict }) => {
        if (verdict === undefined)
            return finding('pass', rule, passed ?? '', WHY[rule]);
        return finding(verdict.level === 'error' ? 'fail' : 'warn', rule, verdict.cause, verdict.message);
    });
}

;// CONCATENATED MODULE: ./src/cli/doctor/materialChecks.ts






/** What the doctor can tell about the material, without stopping at the first problem. */
function checkMaterial(inputs, now) {
    const findings = [];
    let certs;
    try {
        certs = (0,materialInspect/* inspectCertificateInput */.G1)(inputs.certificate.content, inputs.passphrase);
    }
    catch (error) {
        return [
            finding('fail', 'certificate', message(error), `Read from ${inputs.certificate.where}; nothing else about the material can be checked until it reads.`),
        ];
    }
    const facts = (0,materialInspect/* certificateFacts */.lF)(certs.leaf);
    findings.push(finding('pass', 'certificate', `${certs.form}, ${certs.certificates.length} certificate${certs.certificates.length === 1 ? '' : 's'}; leaf ${who(facts)} (${facts.keyDescription})`, `Read from ${inputs.certificate.where}; the leaf is issued by ${facts.issuer || '(empty issuer)'}.`));
    if (inputs.token !== undefined) {
        findings.push(...checkTokenKey(inputs.token, certs));
        findings.push(...checkLeaf(facts, now));
        findings.push(...checkChain(inputs, certs, now));
        return findings;
    }
    const key = checkKey(inputs, certs, findings);
    if (key !== undefined) {
        findings.push(certs.leaf.checkPrivateKey(key)
            ? finding('pass', 'key pair', 'the private key belongs to the leaf certificate', "Requests are signed with this key and verified against the certificate's public key.")
            : finding('fail', 'key pair', `the private key does not belong to the leaf certificate (${who(facts)})`, 'Every request would be refused as "Invalid signature". Use the key and certificate from the same issuance.'));
    }
    findings.push(...checkLeaf(facts, now));
    findings.push(...checkChain(inputs, certs, now));
    return findings;
}
function checkKey(inputs, certs, findings) {
    if (inputs.privateKey === undefined) {
        const [bundled] = certs.bundledKeys;
        if (bundled !== undefined) {
            findings.push(finding('pass', 'private key', `from the PKCS#12 bundle (${(0,materialInspect/* describeKey */.Rx)(bundled).description})`, '--private-key is not needed with a bundle.'));
            return bundled;
        }
        findings.push(finding('fail', 'private key', '--private-key is not given and the certificate input holds no key', 'Give the private key that pairs with the certificate, or a PKCS#12 bundle as --certificate.'));
        return undefined;
    }
    try {
        const inspected = (0,materialInspect/* inspectPrivateKeyInput */.tV)(inputs.privateKey.content, inputs.passphrase);
        findings.push(finding('pass', 'private key', `${inspected.form}, ${(0,materialInspect/* describeKey */.Rx)(inspected.key).description}`, `Read from ${inputs.privateKey.where}.`));
        return inspected.key;
    }
    catch (error) {
        findings.push(finding('fail', 'private key', message(error), `Read from ${inputs.privateKey.where}.`));
        return undefined;
    }
}
/** The key on a token: what the token holds (names and ids only, never the PIN) and the pairing. */
function checkTokenKey(token, certs) {
    let pairs = false;
    let why = '';
    try {
        pairs = (0,matchExternalKey/* externalKeyBelongsTo */.O)(certs.leaf, token.key);
    }
    catch (error) {
        why = message(error);
    }
    return [
        finding('pass', 'private key', token.key.description, 'The key stays on the token; each request is signed there.'),
        finding('info', 'token objects', token.objects.length === 0 ? 'none visible' : token.objects.join('; '), 'What the token shows after logging in; a key should be "not extractable".'),
        pairs
            ? finding('pass', 'key pair', 'the token key belongs to the leaf certificate', "A probe signature by the token verifies with the certificate's public key.")
            : finding('fail', 'key pair', why || 'the token key does not belong to the leaf certificate', 'Every request would be refused as "Invalid signature". Name the key issued with this certificate (id= in the URI).'),
    ];
}

;// CONCATENATED MODULE: ./src/cli/doctor/onlineCheck.ts



const SKEW_FAIL_MS = 5 * 60_000;
const SKEW_WARN_MS = 60_000;
/** One CreateSession call, no retries, and what its answer (and Date header) says. */
async function checkOnline(settings, insecure, io) {
    const [{ obtainCredentials }, { createEnvironmentSender }] = await Promise.all([
        __webpack_require__.e(/* import() */ 357).then(__webpack_require__.bind(__webpack_require__, 3357)),
        __webpack_require__.e(/* import() */ 933).then(__webpack_require__.bind(__webpack_require__, 4314)),
    ]);
    const sender = createEnvironmentSender({
        attemptTimeoutMs: settings.retry.attemptTimeoutMs,
        env: io.env,
        insecure,
    });
    let serverDate;
    const send = async (request) => {
        const response = await sender(request);
        const header = response.headers['date'];
        if (typeof header === 'string')
            serverDate = { at: io.now(), header };
        return response;
    };
    const out = [
        await sessionFinding(settings, () => obtainCredentials({ ...settings, retry: { ...settings.retry, maxAttempts: 1 } }, { send, now: io.now, sleep: io.sleep })),
    ];
    const clock = serverDate === undefined ? undefined : clockFinding(serverDate);
    if (clock !== undefined)
        out.push(clock);
    return out;
}
/** What the one call's answer says: the role assumed, or why the service refused. */
async function sessionFinding(settings, call) {
    try {
        const c = (await call()).credentials;
        return finding('pass', 'online', `CreateSession succeeded: ${c.assumedRoleArn}, expires ${(0,rfc3339/* rfc3339 */.a)(c.expiration)}`, `The trust anchor accepted the certificate and the profile let it assume ${settings.role.arn}.`);
    }
    catch (error) {
        return finding('fail', 'online', (0,errors/* isRolesAnywhereError */.db)(error) ? error.message : (0,errors/* describeCause */.V$)(error), `Endpoint ${settings.endpoint.href}.`);
    }
}
/** How far this machine's clock is from the service's, when the Date header can be read. */
function clockFinding(serverDate) {
    const serverTime = Date.parse(serverDate.header);
    if (Number.isNaN(serverTime))
        return undefined;
    const skew = serverDate.at.getTime() - serverTime;
    const seconds = Math.round(Math.abs(skew) / 1000);
    const direction = skew > 0 ? 'ahead of' : 'behind';
    const level = Math.abs(skew) > SKEW_FAIL_MS ? 'fail' : Math.abs(skew) > SKEW_WARN_MS ? 'warn' : 'pass';
    return finding(level, 'clock', `${seconds} s ${direction} the service's Date header`, level === 'pass'
        ? 'Within what AWS allows (5 minutes).'
        : 'AWS refuses signatures more than 5 minutes off as "Invalid signature"; fix the clock (NTP).');
}

// EXTERNAL MODULE: ./src/core/trustPolicy/index.ts + 7 modules
var trustPolicy = __webpack_require__(7524);
// EXTERNAL MODULE: ./src/cli/inputs/readSource.ts
var readSource = __webpack_require__(4845);
;// CONCATENATED MODULE: ./src/cli/doctor/trustPolicyChecks.ts






const CHECK = 'trust policy';
const VERDICTS = {
    allow: {
        level: 'pass',
        summary: 'the role trust policy lets this certificate in',
        why: 'It allows sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity for rolesanywhere.amazonaws.com with these session tags.',
    },
    deny: {
        level: 'fail',
        summary: 'a Deny statement of the role trust policy refuses this certificate',
        why: 'CreateSession would answer 403 AccessDeniedException.',
    },
    'implicit-deny': {
        level: 'fail',
        summary: 'the role trust policy does not let this certificate in',
        why: 'CreateSession would answer 403 AccessDeniedException; the lines below say which condition fails and with what value.',
    },
    'not-checked': {
        level: 'warn',
        summary: 'the role trust policy could not be judged completely',
        why: 'Some conditions use keys or operators this tool does not evaluate; they are listed below.',
    },
};
/** The role's trust policy judged against this certificate's session tags and trust anchor. */
function checkTrustPolicy(certificate, policySource, trustAnchorArn, passphrase) {
    let judged;
    try {
        const policyText = typeof policySource.content === 'string'
            ? policySource.content
            : Buffer.from(policySource.content).toString('utf8');
        const policy = (0,trustPolicy/* parsePolicyDocument */.X)(policyText, `--trust-policy ${policySource.where}`);
        const { leaf } = (0,materialInspect/* inspectCertificateInput */.G1)(certificate.content, passphrase);
        judged = (0,trustPolicy/* judgeCertificate */.Z9)(policy, leaf.raw, trustAnchorArn);
    }
    catch (error) {
        return [
            finding('fail', CHECK, (0,errors/* isRolesAnywhereError */.db)(error) ? error.message : `cannot be judged: ${message(error)}`, 'Fix the input above; the policy is judged only once it and the certificate read.'),
        ];
    }
    const { session, evaluation } = judged;
    const verdict = VERDICTS[evaluation.decision];
    const out = [finding(verdict.level, CHECK, verdict.summary, verdict.why)];
    for (const problem of session.problems) {
        out.push(finding('fail', 'session tags', problem, 'Roles Anywhere refuses the session with "Some attributes failed to be mapped into session tags"; reissue the certificate or narrow the profile\'s attribute mapping.'));
    }
    for (const line of (0,trustPolicy/* explainEvaluation */.og)(evaluation)) {
        if (line.level === 'pass' && evaluation.decision === 'allow')
            continue;
        out.push(finding(line.level === 'not-checked' ? 'warn' : line.level, CHECK, line.text, ''));
    }
    if (trustAnchorArn === undefined) {
        out.push(finding('info', CHECK, 'aws:SourceArn is not judged without --trust-anchor-arn', 'Give --trust-anchor-arn to check the trust anchor condition too.'));
    }
    return out;
}
/** `--trust-policy`, when given, read and judged; nothing when it is not. */
async function trustPolicyFindings(flags, certificate, passphrase, io) {
    const flag = flags['trust-policy'];
    if (flag === undefined)
        return [];
    const policy = await (0,readSource/* readSource */.o)(flag, '--trust-policy', io, (0,readSource/* createStdinReader */.i)(io));
    return checkTrustPolicy(certificate, policy, flags['trust-anchor-arn'], passphrase);
}

// EXTERNAL MODULE: ./src/core/arn.ts
var core_arn = __webpack_require__(7136);
// EXTERNAL MODULE: ./src/core/createSession/body.ts
var body = __webpack_require__(8882);
// EXTERNAL MODULE: ./src/core/endpoint.ts
var endpoint = __webpack_require__(6906);
// EXTERNAL MODULE: ./src/core/region.ts
var core_region = __webpack_require__(7987);
// EXTERNAL MODULE: ./src/core/sdkEnvironment.ts
var sdkEnvironment = __webpack_require__(1386);
// EXTERNAL MODULE: ./src/cli/inputs/sessionInputs.ts
var sessionInputs = __webpack_require__(5135);
;// CONCATENATED MODULE: ./src/cli/doctor/settingsChecks.ts










function checkArn(value, kind, flag, out) {
    if (value === undefined) {
        out.push(finding('info', 'ARNs', `${flag} not given`, 'Give all three ARNs to check them and the endpoint.'));
        return undefined;
    }
    try {
        const arn = (0,core_arn/* parseArn */.L)(value, kind, flag);
        out.push(finding('pass', 'ARNs', `${flag}: ${kind} ${arn.resourceId} in account ${arn.accountId}${arn.region ? `, ${arn.region}` : ''}`, 'Well-formed; whether it exists and is enabled only --online can tell.'));
        return arn;
    }
    catch (error) {
        out.push(finding('fail', 'ARNs', message(error), 'The service would refuse the request before checking the certificate.'));
        return undefined;
    }
}
/** ARN syntax, region agreement, the endpoint that would be called, duration and session name. */
function checkSettings(flags, env) {
    const out = [];
    const trustAnchor = checkArn(flags['trust-anchor-arn'], 'trust-anchor', '--trust-anchor-arn', out);
    const profile = checkArn(flags['profile-arn'], 'profile', '--profile-arn', out);
    const role = checkArn(flags['role-arn'], 'role', '--role-arn', out);
    if (trustAnchor !== undefined && profile !== undefined) {
        try {
            const region = (0,core_region/* resolveRegion */.Zv)(trustAnchor, profile, { value: flags.region, input: '--region' }, { trustAnchor: names/* CLI_NAMES */.Q.trustAnchorArn, profile: names/* CLI_NAMES */.Q.profileArn });
            out.push(finding('pass', 'region', `${region} (trust anchor and profile agree)`, 'CreateSession is signed for this region.'));
            if (role !== undefined && role.partition !== trustAnchor.partition) {
                out.push(finding('fail', 'region', `--role-arn is in partition ${role.partition} but the trust anchor is in ${trustAnchor.partition}`, 'The role must be in the same partition as the trust anchor.'));
            }
            out.push(checkEndpoint(region, flags, env));
        }
        catch (error) {
            out.push(finding('fail', 'region', message(error), 'The request is signed for one region, and the trust anchor and profile must both be in it.'));
        }
    }
    try {
        (0,body/* parseDuration */.E9)(flags['session-duration'], '--session-duration');
        (0,body/* parseRoleSessionName */.BD)(flags['role-session-name'], '--role-session-name');
    }
    catch (error) {
        out.push(finding('fail', 'request', message(error), 'The service would answer ValidationException.'));
    }
    return out;
}
function checkEndpoint(region, flags, env) {
    const explicit = (0,sessionInputs/* explicitEndpoint */.iS)(flags, env);
    try {
        const fips = (0,sdkEnvironment/* sdkFlag */.JA)(env, 'AWS_USE_FIPS_ENDPOINT');
        const dualStack = (0,sdkEnvironment/* sdkFlag */.JA)(env, 'AWS_USE_DUALSTACK_ENDPOINT');
        const url = (0,endpoint/* resolveEndpoint */.sO)({
            region,
            url: explicit?.url,
            urlInput: explicit?.source,
            fips,
            dualStack,
        });
        const why = explicit !== undefined
            ? `from ${explicit.source}`
            : `the public endpoint for ${region}${fips ? ', FIPS' : ''}${dualStack ? ', dual-stack' : ''}`;
        const plain = url.protocol === 'http:' && !/^(127\.|localhost$|\[::1\]$)/.test(url.hostname);
        return finding(plain ? 'warn' : 'pass', 'endpoint', `would call POST ${new URL('sessions', url.href.endsWith('/') ? url.href : `${url.href}/`).href} (${why})`, plain
            ? 'Plain HTTP beyond this machine exposes the request; use https.'
            : 'Change it with --endpoint or AWS_ENDPOINT_URL_ROLESANYWHERE.');
    }
    catch (error) {
        return finding('fail', 'endpoint', message(error), 'Give a full URL such as https://rolesanywhere.us-east-1.amazonaws.com.');
    }
}
const PLAUSIBLE_FROM = Date.UTC(2024, 0, 1);
/** Offline, the clock can only be checked for plausibility; --online compares it with the service. */
function checkClock(now) {
    if (now.getTime() < PLAUSIBLE_FROM || now.getUTCFullYear() > 2100) {
        return finding('fail', 'clock', `this machine's clock reads ${now.toISOString()}, which cannot be right`, 'Signatures carry the time and AWS allows 5 minutes of skew; fix the clock (NTP).');
    }
    return finding('info', 'clock', `this machine's clock reads ${(0,rfc3339/* rfc3339 */.a)(now)}`, "AWS allows 5 minutes of skew; --online compares it with the service's Date header.");
}

// EXTERNAL MODULE: ./src/cli/inputs/credentialOptions.ts
var credentialOptions = __webpack_require__(9251);
;// CONCATENATED MODULE: ./src/cli/commands/doctor.ts












const doctorCommand = (0,command/* defineCommand */.N)({
    name: 'doctor',
    summary: 'Check a setup and explain each finding; --online also makes one CreateSession call.',
    description: [
        'Offline checks: the forms of certificate and key, that they pair, the validity window and days left, the CA flag, key usage, the signature hash, chain order and (with --ca) that the chain reaches the trust anchor CA, ARN syntax and region agreement, the endpoint it would call, and the clock.',
        'Exit status: 0 all passed, 2 warnings only, 1 at least one failure.',
    ],
    options: {
        ...credentialOptions/* SESSION_OPTIONS */.AC,
        ca: {
            type: 'string',
            value: '<file|env:NAME|->',
            description: "The trust anchor's CA certificate(s), to check that the chain reaches it.",
        },
        online: {
            type: 'boolean',
            description: 'Also call CreateSession once (no retries) and explain the answer.',
        },
        'trust-policy': {
            type: 'string',
            value: '<file|env:NAME|->',
            description: "The role's trust policy (JSON): judge it against this certificate's session tags and --trust-anchor-arn, and explain each condition that fails.",
        },
    },
    examples: [
        `${version/* PRODUCT */.A} doctor --certificate cert.pem --private-key key.pem --intermediates chain.pem --ca root.pem`,
        `${version/* PRODUCT */.A} doctor --online --certificate cert.pem --private-key key.pem --trust-anchor-arn ... --profile-arn ... --role-arn ...`,
    ],
    run: async (options, io) => {
        const material = await (0,sessionInputs/* readMaterialInputs */.dA)(options, io);
        const ca = options.ca === undefined
            ? undefined
            : await (0,readSource/* readSource */.o)(options.ca, '--ca', io, (0,readSource/* createStdinReader */.i)(io));
        const sources = material.sources;
        const now = io.now();
        const findings = [
            ...checkMaterial({
                certificate: material.certificate,
                privateKey: material.privateKey,
                intermediates: material.intermediates,
                ca,
                passphrase: sources.passphrase,
                ...(material.token === undefined ? {} : { token: material.token }),
            }, now),
            ...checkSettings(options, io.env),
            checkClock(now),
            ...(await trustPolicyFindings(options, material.certificate, sources.passphrase, io)),
        ];
        if (options.online) {
            const missing = ['trust-anchor-arn', 'profile-arn', 'role-arn'].filter((flag) => options[flag] === undefined);
            if (missing.length > 0) {
                findings.push(finding('fail', 'online', `--online needs ${missing.map((f) => `--${f}`).join(', ')}`, 'CreateSession names the trust anchor, profile and role.'));
            }
            else if (doctorExitCode(findings) === 1) {
                findings.push(finding('info', 'online', 'skipped: fix the failures above first', 'The call would fail for the same reasons.'));
            }
            else {
                const settings = (0,core_settings/* resolveSessionSettings */.u)({ ...(0,sessionInputs/* sessionInputsFrom */.Qm)(options, io.env), material: sources }, names/* CLI_NAMES */.Q);
                findings.push(...(await checkOnline(settings, options['no-verify-ssl'], io)));
            }
        }
        io.stdout(renderFindings(findings));
        return doctorExitCode(findings);
    },
});


/***/ }),

/***/ 7121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ inspectCertificateInput),
/* harmony export */   IH: () => (/* binding */ readCertificateList),
/* harmony export */   Rx: () => (/* reexport safe */ _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__.Rx),
/* harmony export */   gd: () => (/* reexport safe */ _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__.gd),
/* harmony export */   k$: () => (/* reexport safe */ _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__.k$),
/* harmony export */   lF: () => (/* reexport safe */ _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__.lF),
/* harmony export */   tV: () => (/* binding */ inspectPrivateKeyInput)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_material_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8835);


const KEY_KINDS = new Set([
    'private-key',
    'encrypted-private-key',
    'legacy-encrypted-key',
    'unsupported-key',
]);
function isKeyItem(item) {
    return KEY_KINDS.has(item.kind);
}
const CERT_INPUT = { input: '--certificate', passphraseInput: '--pkcs8-password' };
function inspectCertificateInput(content, passphrase) {
    const decoded = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeInput */ .Ny)(content, {
        input: '--certificate',
        expected: 'certificate',
        role: 'certificate',
    });
    const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
    let certificates;
    let keys = [];
    if (bundle !== undefined) {
        const contents = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readPkcs12 */ .X$)(bundle.der, passphrase, CERT_INPUT);
        certificates = contents.certificates.map((der) => (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)(der, '--certificate'));
        keys = contents.keys;
    }
    else {
        certificates = decoded.items.flatMap((item) => item.kind === 'certificate' ? [(0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)(item.der, '--certificate')] : []);
    }
    const paired = certificates.find((cert) => keys.some((key) => safeCheck(cert, key)));
    const leaf = paired ?? certificates[0];
    if (leaf === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_CERT_INVALID', `--certificate holds no X.509 certificate (found ${decoded.items.map((i) => i.kind).join(', ') || 'nothing'}); give the certificate as PEM, DER, base64 or PKCS#12.`, { input: '--certificate' });
    }
    return {
        form: bundle === undefined ? decoded.form : `PKCS#12 (${decoded.form})`,
        certificates,
        leaf,
        serialDecimal: (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFacts */ .lF)(leaf).serialDecimal,
        bundledKeys: keys,
        fromPkcs12: bundle !== undefined,
    };
}
function safeCheck(cert, key) {
    try {
        return cert.checkPrivateKey(key);
    }
    catch {
        return false;
    }
}
const FORMATS = {
    pkcs1: 'PKCS#1 RSA',
    sec1: 'SEC1 EC',
    pkcs8: 'PKCS#8',
};
function describeItem(item) {
    switch (item.kind) {
        case 'private-key':
            return FORMATS[item.format] ?? item.format;
        case 'encrypted-private-key':
            return 'encrypted PKCS#8';
        case 'legacy-encrypted-key':
            return `legacy encrypted PEM (${item.cipher})`;
        case 'unsupported-key':
            return item.description;
    }
}
/** A private key on its own, in any form the material module reads, checked to be usable. */
function inspectPrivateKeyInput(content, passphrase, input = '--private-key') {
    const context = { input, passphraseInput: '--pkcs8-password' };
    const decoded = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeInput */ .Ny)(content, { input, expected: 'private key', role: 'private-key' });
    const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
    if (bundle !== undefined) {
        const [key] = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readPkcs12 */ .X$)(bundle.der, passphrase, context).keys;
        if (key === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_KEY_MISSING', `${input} is a PKCS#12 bundle without a private key.`, { input });
        return {
            key,
            keyType: (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSupportedKey */ .Ec)(key, input).keyType,
            form: `PKCS#12 (${decoded.form})`,
        };
    }
    const items = decoded.items.filter(isKeyItem);
    const [item] = items;
    if (item === undefined || items.length > 1) {
        const what = item === undefined ? 'no private key' : `${items.length} private keys`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_KEY_INVALID', `${input} holds ${what}; give exactly one private key (PEM, DER or their base64).`, { input });
    }
    const { key } = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPrivateKey */ .PM)(item, passphrase, context);
    return {
        key,
        keyType: (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSupportedKey */ .Ec)(key, input).keyType,
        form: `${describeItem(item)} in ${decoded.form}`,
    };
}

/** Every certificate in an input that may only hold certificates (--intermediates, --ca). */
function readCertificateList(content, input) {
    const decoded = (0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeInput */ .Ny)(content, { input, expected: 'CA certificates', role: 'certificate' });
    const certificates = decoded.items.flatMap((item) => item.kind === 'certificate' ? [(0,_core_material_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)(item.der, input)] : []);
    if (certificates.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RolesAnywhereError */ .rK('ERR_CERT_INVALID', `${input} holds no certificate; give CA certificates as PEM or DER.`, { input });
    }
    return certificates;
}


/***/ })

};
;