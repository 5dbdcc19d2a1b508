"use strict";
exports.id = 429;
exports.ids = [429];
exports.modules = {

/***/ 9429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assumeChainedRole: () => (/* binding */ assumeChainedRole)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/createSession/credentialValue.ts
var credentialValue = __webpack_require__(1962);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/serviceText.ts
var serviceText = __webpack_require__(8135);
// EXTERNAL MODULE: ./src/core/controlCharacters.ts
var controlCharacters = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/core/chain/assumeRoleResult.ts
/**
 * The AssumeRole answer, checked before anyone uses it: the SDK parses the XML, this checks that
 * what it parsed is credentials for the role that was asked for, in the account that owns it.
 */




/** Anything that could break a log line, an env file or a workflow command. */
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const CLOCK_SLACK_MS = 5 * 60_000;
function invalid(role, what) {
    return new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_INVALID', `AssumeRole of ${role} answered 200 but ${what}; a proxy or a non-AWS endpoint may be in the way. Check the STS endpoint.`);
}
function assumeRoleResult_text(value, role, where) {
    if (typeof value !== 'string' || value === '')
        throw invalid(role, `${where} is missing`);
    if ((0,controlCharacters/* hasControlCharacters */.Kg)(value))
        throw invalid(role, `${where} holds control characters`);
    return value;
}
/** A credential value: the first hop's rule, and never quoted in the message (it is a secret). */
function secret(value, role, where) {
    const found = assumeRoleResult_text(value, role, where);
    if (!(0,credentialValue/* isCredentialValue */.T)(found))
        throw invalid(role, `${where} holds a character other than printable ASCII (not shown: it is a secret)`);
    return found;
}
/** The role's name is the last segment of its ARN's resource (paths are not in the session ARN). */
function roleName(chain) {
    return chain.role.resourceId.split('/').pop() ?? chain.role.resourceId;
}
function checkAssumeRoleOutput(output, chain, sessionName, now) {
    const role = chain.role.arn;
    const credentials = output.Credentials;
    if (credentials === undefined)
        throw invalid(role, 'Credentials is missing');
    const accessKeyId = assumeRoleResult_text(credentials.AccessKeyId, role, 'Credentials.AccessKeyId');
    if (!ACCESS_KEY_ID.test(accessKeyId))
        throw invalid(role, 'Credentials.AccessKeyId is not an access key id');
    const secretAccessKey = secret(credentials.SecretAccessKey, role, 'Credentials.SecretAccessKey');
    const sessionToken = secret(credentials.SessionToken, role, 'Credentials.SessionToken');
    const expiration = credentials.Expiration;
    if (!(expiration instanceof Date) || Number.isNaN(expiration.getTime()))
        throw invalid(role, 'Credentials.Expiration is not a date');
    if (expiration.getTime() <= now.getTime())
        throw invalid(role, `the credentials expired at ${expiration.toISOString()}`);
    const latest = now.getTime() + chain.durationSeconds * 1000 + CLOCK_SLACK_MS;
    if (expiration.getTime() > latest)
        throw invalid(role, `the credentials expire at ${expiration.toISOString()}, after the ${chain.durationSeconds} s asked for`);
    const arn = assumeRoleResult_text(output.AssumedRoleUser?.Arn, role, 'AssumedRoleUser.Arn');
    const expected = `arn:${chain.role.partition}:sts::${chain.role.accountId}:assumed-role/${roleName(chain)}/${sessionName}`;
    if (arn !== expected)
        throw invalid(role, `AssumedRoleUser.Arn is "${arn.slice(0, 200)}", expected "${expected}"`);
    const assumedRoleId = output.AssumedRoleUser?.AssumedRoleId;
    const sourceIdentity = output.SourceIdentity;
    return {
        accessKeyId,
        secretAccessKey,
        sessionToken,
        expiration,
        assumedRoleArn: arn,
        assumedRoleId: assumedRoleId === undefined ? undefined : assumeRoleResult_text(assumedRoleId, role, 'AssumedRoleUser.Id'),
        roleArn: role,
        sourceIdentity: sourceIdentity === undefined ? undefined : assumeRoleResult_text(sourceIdentity, role, 'SourceIdentity'),
        subjectArn: undefined,
        accountId: chain.role.accountId,
    };
}
function codeFor(failure) {
    const { code, status = 0 } = failure;
    if (/Throttl|TooManyRequests|RequestLimitExceeded/i.test(code) || status === 429)
        return 'ERR_THROTTLED';
    if (status >= 500)
        return 'ERR_SERVICE_UNAVAILABLE';
    if (/MalformedPolicyDocument|PackedPolicyTooLarge/.test(code))
        return 'ERR_POLICY_INVALID';
    if (/AccessDenied|InvalidClientTokenId|ExpiredToken|RegionDisabled/.test(code) || status === 403)
        return 'ERR_ACCESS_DENIED';
    if (/Validation/.test(code) || status === 400)
        return 'ERR_VALIDATION';
    return 'ERR_SERVICE';
}
function hintFor(failure, chain, sourceRoleArn) {
    const { code, message } = failure;
    if (/AccessDenied/.test(code))
        return `Check the trust policy of ${chain.role.arn}: it must let ${sourceRoleArn} call sts:AssumeRole (with sts:SetSourceIdentity, which Roles Anywhere sets${chain.tags.length > 0 ? ', and sts:TagSession for the session tags' : ''})${chain.externalId === undefined ? '' : ', and its sts:ExternalId condition must match the external id given'}.`;
    if (/ExpiredToken/.test(code))
        return "The Roles Anywhere credentials had expired before AssumeRole: check this machine's clock.";
    if (/InvalidClientTokenId/.test(code))
        return 'STS did not recognise the Roles Anywhere credentials: check that the STS endpoint belongs to the same partition and that the region is enabled in the account.';
    if (/RegionDisabled/.test(code))
        return 'Activate STS in this region for the account (IAM account settings), or use another region.';
    if (/1 hour|chain/i.test(message))
        return `Lower ${chain.names.durationSeconds} to at most 3600: STS caps chained role sessions at 1 hour.`;
    if (/MalformedPolicyDocument|PackedPolicyTooLarge/.test(code))
        return `Check ${chain.names.policy} and ${chain.names.policyArns}.`;
    return `Check ${chain.names.roleArn} and the other chaining inputs.`;
}
function shorten(message) {
    return (0,serviceText/* serviceText */.L)(message);
}
/** One error that keeps STS's words and adds what to check; throttling and 5xx may be retried. */
function mapStsFailure(failure, chain, sourceRoleArn) {
    const code = codeFor(failure);
    const stsCode = (0,serviceText/* serviceText */.L)(failure.code, 100);
    const requestId = failure.requestId === undefined ? undefined : (0,serviceText/* serviceText */.L)(failure.requestId, 100);
    const retryable = code === 'ERR_THROTTLED' || code === 'ERR_SERVICE_UNAVAILABLE';
    const status = failure.status === undefined ? '' : ` ${failure.status}`;
    const words = shorten(failure.message);
    const what = `AssumeRole of ${chain.role.arn} failed:${status} ${stsCode}${words === '' ? '' : `: ${words}`}`;
    const hint = retryable
        ? 'STS is busy or failing; it was retried with backoff.'
        : hintFor(failure, chain, sourceRoleArn);
    const id = requestId === undefined ? '' : ` (request id ${requestId})`;
    return new errors/* RolesAnywhereError */.rK(code, `${what.replace(/\.$/, '')}. ${hint}${id}`, {
        input: chain.names.roleArn,
        ...(failure.status === undefined ? {} : { status: failure.status }),
        awsErrorType: stsCode,
        ...(requestId === undefined ? {} : { requestId }),
        retryable,
    });
}

// EXTERNAL MODULE: ./src/core/chain/chainSettings.ts + 1 modules
var chainSettings = __webpack_require__(9019);
// EXTERNAL MODULE: ./src/core/retryPolicy.ts
var retryPolicy = __webpack_require__(8439);
;// CONCATENATED MODULE: ./src/chain/assumeRole.ts
/**
 * The second hop: STS AssumeRole signed with the Roles Anywhere credentials, through the AWS SDK's
 * STS client (which serializes, signs with SigV4 and parses STS's XML) over this project's own
 * transport (proxies, CA bundle, timeouts). Loaded only when chaining is asked for: the SDK is
 * most of this chunk's size and the default path never pays for it.
 */





function requestUrl(request) {
    const port = request.port === undefined ? '' : `:${request.port}`;
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(request.query ?? {})) {
        for (const item of Array.isArray(value) ? value : [value ?? ''])
            query.append(name, item);
    }
    const search = query.size > 0 ? `?${query.toString()}` : '';
    return `${request.protocol}//${request.hostname}${port}${request.path}${search}`;
}
function bodyText(body) {
    if (body === undefined || body === null)
        return '';
    if (typeof body === 'string')
        return body;
    if (body instanceof Uint8Array)
        return Buffer.from(body).toString('utf8');
    throw new errors/* RolesAnywhereError */.rK('ERR_INTERNAL', 'The STS client produced a streaming request body.');
}
/** The SDK's HTTP handler interface over this project's transport: one attempt, no retries. */
function transportHandler(send) {
    return {
        handle: async (request) => {
            const answer = await send({
                method: request.method,
                url: requestUrl(request),
                headers: request.headers,
                body: bodyText(request.body),
            });
            const headers = {};
            for (const [name, value] of Object.entries(answer.headers)) {
                if (value !== undefined)
                    headers[name] = Array.isArray(value) ? value.join(', ') : value;
            }
            return {
                response: {
                    statusCode: answer.status,
                    headers,
                    body: Buffer.from(answer.bodyText, 'utf8'),
                },
            };
        },
        updateHttpClientConfig: () => undefined,
        httpHandlerConfigs: () => ({}),
    };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}
/** What the SDK threw, read without trusting its shape. */
function stsFailure(error) {
    if (!(error instanceof Error) || !isRecord(error))
        return undefined;
    const metadata = isRecord(error['$metadata']) ? error['$metadata'] : {};
    const status = metadata['httpStatusCode'];
    const requestId = metadata['requestId'];
    if (typeof status !== 'number')
        return undefined;
    const code = typeof error['Code'] === 'string' ? error['Code'] : error.name;
    return {
        code,
        status,
        message: error.message,
        requestId: typeof requestId === 'string' ? requestId : undefined,
    };
}
async function attemptOnce(client, chain, first, sessionName, now) {
    const command = new dist_cjs/* AssumeRoleCommand */.QL({
        RoleArn: chain.role.arn,
        RoleSessionName: sessionName,
        DurationSeconds: chain.durationSeconds,
        ...(chain.externalId === undefined ? {} : { ExternalId: chain.externalId }),
        ...(chain.policy === undefined ? {} : { Policy: chain.policy }),
        ...(chain.policyArns.length === 0
            ? {}
            : { PolicyArns: chain.policyArns.map((arn) => ({ arn })) }),
        ...(chain.tags.length === 0
            ? {}
            : { Tags: chain.tags.map((tag) => ({ Key: tag.key, Value: tag.value })) }),
        ...(chain.transitiveTagKeys.length === 0
            ? {}
            : { TransitiveTagKeys: [...chain.transitiveTagKeys] }),
    });
    let output;
    try {
        output = await client.send(command);
    }
    catch (error) {
        if (error instanceof errors/* RolesAnywhereError */.rK)
            throw error;
        const failure = stsFailure(error);
        if (failure === undefined) {
            throw new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_INVALID', `AssumeRole of ${chain.role.arn} failed: the answer from ${chain.endpoint.host} could not be read (${(0,errors/* describeCause */.V$)(error).slice(0, 200)}); a proxy or a non-AWS endpoint may be in the way. Check the STS endpoint.`, { cause: error, input: chain.names.endpoint });
        }
        throw mapStsFailure(failure, chain, first.roleArn ?? first.assumedRoleArn);
    }
    const chained = checkAssumeRoleOutput(output, chain, sessionName, now());
    if (first.sourceIdentity !== undefined &&
        chained.sourceIdentity !== undefined &&
        chained.sourceIdentity !== first.sourceIdentity) {
        throw new errors/* RolesAnywhereError */.rK('ERR_RESPONSE_INVALID', `AssumeRole of ${chain.role.arn} answered the source identity "${chained.sourceIdentity.slice(0, 100)}", not the "${first.sourceIdentity}" Roles Anywhere set; STS never changes it, so something in between did. Check the STS endpoint.`);
    }
    return { ...chained, sourceIdentity: chained.sourceIdentity ?? first.sourceIdentity };
}
const SDK_NODE_WARNING = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';
/**
 * The SDK warns on stderr, once, that its releases after early 2027 will need Node 22. The copy
 * bundled here is pinned and this project supports Node 20, so the warning would only be noise in
 * every CI log; the SDK's own switch turns it off for the synchronous constructor call alone.
 */
function quietly(construct) {
    const before = process.env[SDK_NODE_WARNING];
    process.env[SDK_NODE_WARNING] = 'true';
    try {
        return construct();
    }
    finally {
        if (before === undefined)
            Reflect.deleteProperty(process.env, SDK_NODE_WARNING);
        else
            process.env[SDK_NODE_WARNING] = before;
    }
}
/** AssumeRole with retries as for CreateSession: throttling and 5xx only, each attempt signed anew. */
async function assumeChainedRole(chain, first, region, policy, deps) {
    const sessionName = chain.roleSessionName ?? (0,chainSettings/* defaultChainSessionName */.Cb)(first.assumedRoleArn);
    const client = quietly(() => new dist_cjs/* STSClient */.iM({
        region,
        endpoint: chain.endpoint.href,
        credentials: {
            accessKeyId: first.accessKeyId,
            secretAccessKey: first.secretAccessKey,
            sessionToken: first.sessionToken,
        },
        maxAttempts: 1,
        // Signed on the injected clock, as CreateSession is, not on the SDK's own Date.now().
        systemClockOffset: deps.now().getTime() - Date.now(),
        requestHandler: transportHandler(deps.send),
    }));
    deps.log?.(`Calling STS AssumeRole at ${chain.endpoint.href} for ${chain.role.arn} (session ${sessionName}, ${chain.durationSeconds} s).`);
    const started = deps.now().getTime();
    const random = deps.random ?? Math.random;
    try {
        for (let attempt = 1;; attempt++) {
            try {
                const credentials = await attemptOnce(client, chain, first, sessionName, deps.now);
                return { credentials, attempts: attempt };
            }
            catch (error) {
                const elapsed = deps.now().getTime() - started;
                const delay = (0,retryPolicy/* backoffDelay */.EY)(attempt, policy, random);
                const outOfTime = elapsed + delay >= policy.deadlineMs;
                if (!(0,retryPolicy/* isRetryable */.r3)(error) || attempt >= policy.maxAttempts || outOfTime) {
                    if ((0,retryPolicy/* isRetryable */.r3)(error) && error instanceof errors/* RolesAnywhereError */.rK) {
                        throw error.gaveUpAfter({ attempts: attempt });
                    }
                    throw error;
                }
                deps.log?.(`AssumeRole attempt ${attempt} failed (${(0,errors/* describeCause */.V$)(error)}); retrying in ${delay} ms.`);
                await deps.sleep(delay);
            }
        }
    }
    finally {
        client.destroy();
    }
}


/***/ })

};
;