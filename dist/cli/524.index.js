"use strict";
exports.id = 524;
exports.ids = [524];
exports.modules = {

/***/ 7524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cJ: () => (/* reexport */ certificateSession),
  og: () => (/* reexport */ explainEvaluation),
  Z9: () => (/* reexport */ judgeCertificate),
  Tk: () => (/* reexport */ leastPrivilegePolicy),
  X: () => (/* reexport */ parsePolicyDocument)
});

// UNUSED EXPORTS: ROLES_ANYWHERE_ACTIONS, ROLES_ANYWHERE_SERVICE, applyOperator, evaluateTrustPolicy, trustRequestKeys

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/trustPolicy/policyDocument.ts
/**
 * A role trust policy read from JSON into the few shapes the evaluator needs. IAM accepts a string
 * or a list wherever a list is meant, so both are normalised to lists here, once.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

function invalid(input, problem) {
    return new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `${input}: ${problem}; a trust policy is {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": [...], "Condition": {...}}]}.`, { input });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A string, a boolean or number (IAM reads them as strings), or a list of those. */
function stringList(value, where, input) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => {
        if (typeof item === 'string')
            return item;
        if (typeof item === 'boolean' || typeof item === 'number')
            return String(item);
        throw invalid(input, `${where} holds ${item === null ? 'null' : typeof item}, not a string`);
    });
}
/** Parses JSON text or an already-parsed value; `input` names the source in messages. */
function parsePolicyDocument(source, input) {
    let document = source;
    if (typeof source === 'string') {
        try {
            document = JSON.parse(source);
        }
        catch (cause) {
            throw new errors/* RolesAnywhereError */.rK('ERR_INPUT_INVALID', `${input} is not JSON (${cause instanceof Error ? cause.message : 'parse error'}); give the role's trust policy document.`, { input, cause });
        }
    }
    if (!isRecord(document))
        throw invalid(input, 'it is not a JSON object');
    const raw = document['Statement'];
    if (raw === undefined)
        throw invalid(input, 'it has no Statement');
    const list = Array.isArray(raw) ? raw : [raw];
    return {
        statements: list.map((statement, index) => parseStatement(statement, index + 1, input)),
    };
}
function parseStatement(statement, number, input) {
    const where = `Statement ${number}`;
    if (!isRecord(statement))
        throw invalid(input, `${where} is not an object`);
    const effect = statement['Effect'];
    if (effect !== 'Allow' && effect !== 'Deny') {
        throw invalid(input, `${where} has Effect ${JSON.stringify(effect)}, not "Allow" or "Deny"`);
    }
    const action = statement['Action'];
    const notAction = statement['NotAction'];
    if ((action === undefined) === (notAction === undefined)) {
        throw invalid(input, `${where} needs exactly one of Action and NotAction`);
    }
    const sid = statement['Sid'];
    return {
        number,
        sid: typeof sid === 'string' ? sid : undefined,
        effect,
        principal: parsePrincipal(statement, where, input),
        actions: {
            negated: action === undefined,
            patterns: stringList(action ?? notAction, `${where} Action`, input),
        },
        conditions: parseConditions(statement['Condition'], where, input),
    };
}
function parsePrincipal(statement, where, input) {
    if (statement['NotPrincipal'] !== undefined)
        return () => 'not-checked';
    const principal = statement['Principal'];
    if (principal === undefined)
        throw invalid(input, `${where} has no Principal`);
    if (principal === '*')
        return () => 'matches';
    if (!isRecord(principal))
        throw invalid(input, `${where} Principal is not "*" or an object`);
    const services = principal['Service'];
    const everyone = principal['AWS'] !== undefined &&
        stringList(principal['AWS'], `${where} Principal.AWS`, input).includes('*');
    const listed = services === undefined ? [] : stringList(services, `${where} Principal.Service`, input);
    return (service) => (everyone || listed.includes(service) ? 'matches' : 'other');
}
function parseConditions(value, where, input) {
    if (value === undefined)
        return [];
    if (!isRecord(value))
        throw invalid(input, `${where} Condition is not an object`);
    return Object.entries(value).flatMap(([operator, block]) => {
        if (!isRecord(block)) {
            throw invalid(input, `${where} Condition ${operator} is not an object of keys and values`);
        }
        return Object.entries(block).map(([key, values]) => ({
            operator,
            key,
            values: stringList(values, `${where} Condition ${operator} ${key}`, input),
        }));
    });
}

;// CONCATENATED MODULE: ./src/core/trustPolicy/conditionOperators.ts
/**
 * The condition operators trust policies use, with IAM's rules for a key that is absent, for
 * negated operators and for the ForAnyValue:/ForAllValues: set qualifiers.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
/**
 * `*` any run of characters, `?` exactly one; everything else literal. The two-pointer match
 * backtracks only to the last `*`, so a pattern full of stars costs O(pattern × value), never
 * the exponential time a regular expression could take on a hostile policy.
 */
function wildcardMatch(pattern, value, ignoreCase = false) {
    const p = Array.from(ignoreCase ? pattern.toLowerCase() : pattern);
    const v = Array.from(ignoreCase ? value.toLowerCase() : value);
    let pi = 0;
    let vi = 0;
    let star = -1;
    let resume = 0;
    while (vi < v.length) {
        if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
            pi += 1;
            vi += 1;
        }
        else if (pi < p.length && p[pi] === '*') {
            star = pi;
            resume = vi;
            pi += 1;
        }
        else if (star !== -1) {
            pi = star + 1;
            resume += 1;
            vi = resume;
        }
        else {
            return false;
        }
    }
    while (pi < p.length && p[pi] === '*')
        pi += 1;
    return pi === p.length;
}
/** ARNs compare part by part (six colon-separated parts, the last may hold colons). */
function arnMatch(pattern, value) {
    const split = (arn) => {
        const parts = arn.split(':');
        if (parts.length < 6 || parts[0] !== 'arn')
            return undefined;
        return [...parts.slice(0, 5), parts.slice(5).join(':')];
    };
    const wanted = split(pattern);
    const found = split(value);
    if (wanted === undefined || found === undefined)
        return false;
    return wanted.every((part, index) => wildcardMatch(part, found[index] ?? ''));
}
const OPERATORS = {
    StringEquals: { match: (p, v) => p === v, negated: false },
    StringNotEquals: { match: (p, v) => p === v, negated: true },
    StringEqualsIgnoreCase: { match: (p, v) => p.toLowerCase() === v.toLowerCase(), negated: false },
    StringNotEqualsIgnoreCase: {
        match: (p, v) => p.toLowerCase() === v.toLowerCase(),
        negated: true,
    },
    StringLike: { match: (p, v) => wildcardMatch(p, v), negated: false },
    StringNotLike: { match: (p, v) => wildcardMatch(p, v), negated: true },
    // IAM documents ArnEquals and ArnLike as the same comparison, wildcards included.
    ArnEquals: { match: arnMatch, negated: false },
    ArnLike: { match: arnMatch, negated: false },
    ArnNotEquals: { match: arnMatch, negated: true },
    ArnNotLike: { match: arnMatch, negated: true },
};
function parseOperator(written) {
    const match = /^(?:(ForAnyValue|ForAllValues):)?(.*?)(IfExists)?$/.exec(written);
    const qualifier = match?.[1];
    return { qualifier, name: match?.[2] ?? written, ifExists: match?.[3] !== undefined };
}
function isKnownOperator(written) {
    const { name } = parseOperator(written);
    return name === 'Null' || OPERATORS[name] !== undefined;
}
/**
 * One operator applied to one key. `contextValues` is undefined when the request has no such key.
 * Returns 'not-checked' for an operator this evaluator does not know.
 */
function applyOperator(written, policyValues, contextValues) {
    const { qualifier, name, ifExists } = parseOperator(written);
    const verdict = (ok) => (ok ? 'pass' : 'fail');
    if (name === 'Null') {
        if (qualifier !== undefined || ifExists)
            return 'not-checked';
        const absent = contextValues === undefined || contextValues.length === 0;
        return verdict(policyValues.some((value) => (value.toLowerCase() === 'true') === absent));
    }
    const operator = OPERATORS[name];
    if (operator === undefined)
        return 'not-checked';
    const present = contextValues !== undefined && contextValues.length > 0;
    const matchesAny = (contextValue) => policyValues.some((policyValue) => operator.match(policyValue, contextValue));
    // Negated operators hold for each value that matches none of the policy's values.
    const holds = (contextValue) => matchesAny(contextValue) !== operator.negated;
    if (qualifier === 'ForAllValues') {
        return verdict(!present || contextValues.every(holds));
    }
    if (!present) {
        if (ifExists)
            return 'pass';
        return verdict(qualifier === undefined && operator.negated);
    }
    if (qualifier === 'ForAnyValue')
        return verdict(contextValues.some(holds));
    return verdict(operator.negated ? contextValues.every(holds) : contextValues.some((v) => matchesAny(v)));
}

;// CONCATENATED MODULE: ./src/core/trustPolicy/evaluateTrustPolicy.ts
/**
 * Judges a role trust policy against the AssumeRole request Roles Anywhere makes for one
 * certificate: principal rolesanywhere.amazonaws.com, the actions sts:AssumeRole, sts:TagSession
 * and sts:SetSourceIdentity, and the certificate's session tags, source identity and trust anchor
 * as condition keys. Each action must be allowed by some statement and denied by none.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */

const ROLES_ANYWHERE_SERVICE = 'rolesanywhere.amazonaws.com';
const ROLES_ANYWHERE_ACTIONS = [
    'sts:AssumeRole',
    'sts:TagSession',
    'sts:SetSourceIdentity',
];
// Keys whose absence means absence, so a condition on them can be judged.
const KNOWN_KEYS = new Set([
    'aws:sourcearn',
    'aws:sourceaccount',
    'sts:sourceidentity',
    'aws:tagkeys',
]);
const KNOWN_PREFIXES = ['aws:principaltag/', 'aws:requesttag/'];
function isKnownKey(key) {
    const lower = key.toLowerCase();
    return KNOWN_KEYS.has(lower) || KNOWN_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
function lookup(request, key) {
    const lower = key.toLowerCase();
    for (const [name, values] of request.keys)
        if (name.toLowerCase() === lower)
            return values;
    return undefined;
}
function judgeCondition(condition, request) {
    const actual = lookup(request, condition.key);
    const notChecked = (reason) => ({
        ...condition,
        actual,
        outcome: 'not-checked',
        reason,
    });
    if (!isKnownOperator(condition.operator)) {
        return notChecked(`the operator ${condition.operator} is not one this tool evaluates`);
    }
    const unknown = [...request.unknownKeys].some((k) => k.toLowerCase() === condition.key.toLowerCase());
    if (unknown)
        return notChecked(`the value of ${condition.key} was not given`);
    if (!isKnownKey(condition.key)) {
        return notChecked(`the key ${condition.key} is not one a Roles Anywhere session carries that this tool knows`);
    }
    if (condition.values.some((value) => value.includes('${'))) {
        return notChecked('policy variables (${...}) are not substituted by this tool');
    }
    return {
        ...condition,
        actual,
        outcome: applyOperator(condition.operator, condition.values, actual),
    };
}
function combine(outcomes) {
    if (outcomes.includes('fail'))
        return 'fail';
    if (outcomes.includes('not-checked'))
        return 'not-checked';
    return 'pass';
}
function coveredActions(statement) {
    const { negated, patterns } = statement.actions;
    return ROLES_ANYWHERE_ACTIONS.filter((action) => patterns.some((pattern) => wildcardMatch(pattern, action, true)) !== negated);
}
function judgeStatement(statement, request) {
    const principal = statement.principal(ROLES_ANYWHERE_SERVICE);
    const actions = coveredActions(statement);
    const conditions = statement.conditions.map((condition) => judgeCondition(condition, request));
    const applies = principal === 'not-checked' ? 'not-checked' : principal === 'matches' && actions.length > 0;
    const outcome = applies === false
        ? 'fail'
        : combine([
            ...(applies === 'not-checked' ? ['not-checked'] : []),
            ...conditions.map((c) => c.outcome),
        ]);
    return { statement, applies, actions, conditions, outcome };
}
function evaluateTrustPolicy(policy, request) {
    const statements = policy.statements.map((statement) => judgeStatement(statement, request));
    const denies = statements.filter((s) => s.statement.effect === 'Deny' && s.actions.length > 0);
    const allows = statements.filter((s) => s.statement.effect === 'Allow');
    if (denies.some((s) => s.outcome === 'pass')) {
        return { decision: 'deny', statements, missingActions: [] };
    }
    const allowed = (action, outcome) => allows.some((s) => s.outcome === outcome && s.actions.includes(action));
    const missingActions = ROLES_ANYWHERE_ACTIONS.filter((action) => !allowed(action, 'pass'));
    if (missingActions.some((action) => !allowed(action, 'not-checked'))) {
        return { decision: 'implicit-deny', statements, missingActions };
    }
    const unsure = missingActions.length > 0 || denies.some((s) => s.outcome === 'not-checked');
    return { decision: unsure ? 'not-checked' : 'allow', statements, missingActions };
}

;// CONCATENATED MODULE: ./src/core/trustPolicy/explainEvaluation.ts
function quoted(values) {
    return values.map((value) => JSON.stringify(value)).join(' or ');
}
function found(condition) {
    const key = condition.key.replace(/^aws:(PrincipalTag|RequestTag)\//i, '');
    if (condition.actual === undefined || condition.actual.length === 0) {
        return `this certificate's session has no ${key}`;
    }
    const subject = /^x509/i.test(key) ? `this certificate's ${key}` : key;
    return `${subject} is ${quoted(condition.actual)}`;
}
function describeCondition(condition) {
    const head = `${condition.operator} ${condition.key}`;
    if (condition.outcome === 'not-checked') {
        return `${head}: not checked (${condition.reason ?? 'unknown'}).`;
    }
    const verb = condition.outcome === 'pass' ? 'holds' : 'fails';
    return `${head} ${verb}: the policy expects ${quoted(condition.values)}, ${found(condition)}.`;
}
function label(number, sid) {
    return sid === undefined ? `Statement ${number}` : `Statement ${number} (${sid})`;
}
function explainEvaluation(evaluation) {
    const out = [];
    for (const result of evaluation.statements) {
        const { statement } = result;
        const name = label(statement.number, statement.sid);
        if (result.applies === 'not-checked') {
            out.push({ level: 'not-checked', text: `${name}: NotPrincipal is not checked.` });
        }
        if (result.applies === false)
            continue;
        const decisive = result.conditions.filter((c) => c.outcome !== 'pass');
        const conditions = decisive.length > 0 ? decisive : result.conditions;
        if (statement.effect === 'Deny') {
            if (result.outcome === 'pass') {
                out.push({
                    level: 'fail',
                    text: `${name} denies ${result.actions.join(', ')} to this certificate${conditions.length > 0 ? `: ${conditions.map(describeCondition).join(' ')}` : '.'}`,
                });
            }
            for (const c of decisive.filter((c) => c.outcome === 'not-checked'))
                out.push({ level: 'not-checked', text: `${name} (Deny): ${describeCondition(c)}` });
            continue;
        }
        for (const condition of conditions) {
            const level = condition.outcome === 'pass' ? 'pass' : condition.outcome;
            out.push({ level, text: `${name}: ${describeCondition(condition)}` });
        }
    }
    // Actions no Allow statement even covers: no condition explains those, so say so.
    const uncovered = evaluation.missingActions.filter((action) => !evaluation.statements.some((s) => s.statement.effect === 'Allow' && s.applies !== false && s.actions.includes(action)));
    if (uncovered.length > 0) {
        out.push({
            level: 'fail',
            text: `No statement allows ${uncovered.join(', ')} for principal rolesanywhere.amazonaws.com; Roles Anywhere needs sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity.`,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/material/asn1.ts
var asn1 = __webpack_require__(8196);
;// CONCATENATED MODULE: ./src/core/trustPolicy/certificateTags.ts
/**
 * The session tags and source identity Roles Anywhere derives from a certificate under the
 * profile's default attribute mapping: every supported RDN of the subject and issuer, and the first
 * DNS name, URI and directory name of the subjectAltName.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/attribute-mapping.html
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
 */

const SUBJECT_ALT_NAME = '2.5.29.17';
// The RDNs the service documents for x509Subject, x509Issuer and x509SAN/Name.
const MAPPED_RDNS = {
    '2.5.4.3': 'CN',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
};
// IAM tag values: up to 256 Unicode letters, digits, white space and _ . : / = + - @.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules_creating
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_TAG_VALUE = 256;
function nameAttributes(name) {
    return (0,asn1/* sequence */.K2)(name, 'Name').flatMap((rdn) => (0,asn1/* set */.hZ)(rdn, 'RelativeDistinguishedName').map((attribute) => {
        const [typeNode, valueNode] = (0,asn1/* sequence */.K2)(attribute, 'AttributeTypeAndValue');
        return {
            type: (0,asn1/* oid */.jq)(typeNode, 'attribute type'),
            value: valueNode === undefined ? undefined : (0,asn1/* stringValue */.r$)(valueNode),
        };
    }));
}
function subjectAltNames(extensionsNode) {
    if (extensionsNode === undefined)
        return [];
    for (const extension of (0,asn1/* sequence */.K2)((0,asn1/* explicit */.pc)(extensionsNode, 3, 'extensions'), 'Extensions')) {
        const parts = (0,asn1/* sequence */.K2)(extension, 'Extension');
        if ((0,asn1/* oid */.jq)(parts[0], 'extnID') !== SUBJECT_ALT_NAME)
            continue;
        const value = (0,asn1/* octets */.tu)(parts[parts.length - 1], 'extnValue');
        return (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(value, 'subjectAltName'), 'subjectAltName');
    }
    return [];
}
/** Reads the leaf's DER; throws an Asn1Error when it is not a certificate. */
function certificateSession(der) {
    const [tbsNode] = (0,asn1/* sequence */.K2)((0,asn1/* parseDer */.zE)(der, 'Certificate'), 'Certificate');
    const tbs = (0,asn1/* sequence */.K2)(tbsNode, 'TBSCertificate');
    const start = (0,asn1/* isContext */.aE)(tbs[0], 0) ? 1 : 0;
    const issuer = tbs[start + 2];
    const subject = tbs[start + 4];
    if (issuer === undefined || subject === undefined)
        throw new Error('TBSCertificate is short');
    const tags = [];
    const unmapped = [];
    const addName = (prefix, name) => {
        for (const attribute of nameAttributes(name)) {
            const short = MAPPED_RDNS[attribute.type];
            if (short === undefined || attribute.value === undefined) {
                unmapped.push(`${prefix} attribute ${attribute.type}`);
                continue;
            }
            const key = `${prefix}/${short}`;
            // One tag per key: a second OU (say) does not become a second tag.
            if (!tags.some((tag) => tag.key === key))
                tags.push({ key, value: attribute.value });
        }
    };
    addName('x509Subject', subject);
    addName('x509Issuer', issuer);
    const altNames = subjectAltNames(tbs.find((node) => (0,asn1/* isContext */.aE)(node, 3)));
    const first = (tag) => altNames.find((n) => (0,asn1/* isContext */.aE)(n, tag));
    const dns = first(2);
    if (dns !== undefined)
        tags.push({ key: 'x509SAN/DNS', value: ia5(dns, 2) });
    const uri = first(6);
    if (uri !== undefined)
        tags.push({ key: 'x509SAN/URI', value: ia5(uri, 6) });
    const directory = first(4);
    if (directory !== undefined) {
        const inner = (0,asn1/* elements */.Yt)(directory)[0];
        if (inner !== undefined)
            addName('x509SAN/Name', inner);
    }
    const commonName = tags.find((tag) => tag.key === 'x509Subject/CN')?.value;
    return {
        tags,
        sourceIdentity: commonName === undefined ? undefined : `CN=${commonName}`,
        problems: tags.flatMap(tagProblem),
        unmapped,
    };
}
function ia5(node, tag) {
    return Buffer.from((0,asn1/* implicitOctets */.KB)(node, tag, 'subjectAltName entry')).toString('latin1');
}
function tagProblem(tag) {
    if (Array.from(tag.value).length > MAX_TAG_VALUE) {
        return [
            `${tag.key} is ${Array.from(tag.value).length} characters long; session tag values hold at most ${MAX_TAG_VALUE}.`,
        ];
    }
    if (!TAG_VALUE.test(tag.value)) {
        const bad = [...new Set(Array.from(tag.value).filter((c) => !TAG_VALUE.test(c)))]
            .map((c) => JSON.stringify(c))
            .join(', ');
        return [
            `${tag.key} "${tag.value}" holds ${bad}, which session tags do not allow (letters, digits, spaces and _ . : / = + - @ only).`,
        ];
    }
    return [];
}
/** The condition keys an AssumeRole from Roles Anywhere carries for this certificate. */
function trustRequestKeys(session, trustAnchorArn) {
    const keys = new Map();
    for (const tag of session.tags) {
        keys.set(`aws:PrincipalTag/${tag.key}`, [tag.value]);
        keys.set(`aws:RequestTag/${tag.key}`, [tag.value]);
    }
    keys.set('aws:TagKeys', session.tags.map((tag) => tag.key));
    if (session.sourceIdentity !== undefined)
        keys.set('sts:SourceIdentity', [session.sourceIdentity]);
    const unknownKeys = new Set();
    if (trustAnchorArn === undefined) {
        unknownKeys.add('aws:SourceArn');
        unknownKeys.add('aws:SourceAccount');
    }
    else {
        keys.set('aws:SourceArn', [trustAnchorArn]);
        const account = trustAnchorArn.split(':')[4];
        if (account !== undefined)
            keys.set('aws:SourceAccount', [account]);
    }
    return { keys, unknownKeys };
}

;// CONCATENATED MODULE: ./src/core/trustPolicy/leastPrivilegePolicy.ts
/**
 * The trust policy a role needs for one certificate identity and nothing more: the Roles Anywhere
 * principal, the three actions it uses, its own trust anchor, and one session tag.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html#role-trusts
 */

function leastPrivilegePolicy(input) {
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'RolesAnywhere',
                Effect: 'Allow',
                Principal: { Service: ROLES_ANYWHERE_SERVICE },
                Action: [...ROLES_ANYWHERE_ACTIONS],
                Condition: {
                    ArnEquals: { 'aws:SourceArn': input.trustAnchorArn },
                    StringEquals: { [`aws:PrincipalTag/${input.tagKey}`]: input.tagValue },
                },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/core/trustPolicy/judgeCertificate.ts


/** The policy judged for the AssumeRole Roles Anywhere would make with this leaf (DER). */
function judgeCertificate(policy, leafDer, trustAnchorArn) {
    const session = certificateSession(leafDer);
    return {
        session,
        evaluation: evaluateTrustPolicy(policy, trustRequestKeys(session, trustAnchorArn)),
    };
}

;// CONCATENATED MODULE: ./src/core/trustPolicy/index.ts
// Trust policies judged locally: what a certificate carries, and whether a policy lets it in.









/***/ })

};
;