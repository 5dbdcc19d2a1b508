/**
 * A signing key that stays on a PKCS#11 token (HSM, smart card, SoftHSM): found by an RFC 7512
 * URI, used through the optional `pkcs11js` binding, which is loaded only when a `pkcs11:` URI is
 * given so the default install and the bundles carry no native code.
 */
import { createHash } from 'node:crypto';
import type * as Pkcs11Js from 'pkcs11js';

import { RolesAnywhereError } from '../core/errors.js';
import { rawEcdsaToDer } from '../core/pkcs11/ecdsaSignature.js';
import { describePkcs11Uri, type Pkcs11Uri } from '../core/pkcs11/uri.js';
import type { ExternalKey } from '../core/sigv4/index.js';

type Binding = typeof Pkcs11Js;
type Module = InstanceType<Binding['PKCS11']>;
type Handle = Buffer;

export interface TokenKeyOptions {
  readonly keyUri: Pkcs11Uri;
  /** The certificate's URI when it is on the token too; else the certificate is a file. */
  readonly certificateUri: Pkcs11Uri | undefined;
  readonly modulePath: string;
  readonly pin: string | undefined;
  /** As the helper's --reuse-pin: log in again with the same PIN for CKA_ALWAYS_AUTHENTICATE keys. */
  readonly reusePin: boolean;
  /** The flag the key URI came from, for messages. */
  readonly input: string;
}

export interface TokenKey {
  readonly key: ExternalKey;
  /** The certificate's DER when it was read from the token. */
  readonly certificateDer: Uint8Array | undefined;
  /** What the token holds that matches, for `doctor`: no PIN, no key material. */
  readonly objects: readonly string[];
  close(): void;
}

const INSTALL = 'npm install pkcs11js@2.1.7';

/** The optional binding, or one line saying how to install it. */
export async function loadBinding(input: string): Promise<Binding> {
  try {
    // Left to Node at run time, never bundled: the binding is native and installed by the user.
    const loaded = (await import(/* webpackIgnore: true */ 'pkcs11js')) as Binding & {
      default?: Binding;
    };
    return loaded.default ?? loaded;
  } catch (cause) {
    throw new RolesAnywhereError(
      'ERR_PKCS11_UNAVAILABLE',
      `${input} is a pkcs11: URI, which needs the optional package pkcs11js (a native PKCS#11 ` +
        `binding) and it is not installed; run ${INSTALL} where rolesanywhere-credentials is ` +
        `installed (it builds with node-gyp and a C++ compiler).`,
      { input, cause },
    );
  }
}

/** Opens the token, logs in and finds the key (and the certificate when it is on the token). */
export async function openTokenKey(options: TokenKeyOptions): Promise<TokenKey> {
  const binding = await loadBinding(options.input);
  const module = new binding.PKCS11();
  try {
    module.load(options.modulePath);
  } catch (cause) {
    throw new RolesAnywhereError(
      'ERR_PKCS11_UNAVAILABLE',
      `--pkcs11-lib ${options.modulePath} cannot be loaded as a PKCS#11 module ` +
        `(${firstLine(cause)}); give the path of the token's module, e.g. ` +
        `/usr/lib/softhsm/libsofthsm2.so or p11-kit-proxy.so.`,
      { input: '--pkcs11-lib', cause },
    );
  }
  try {
    module.C_Initialize();
    const state = new TokenState(binding, module, options);
    state.open();
    return {
      key: state.externalKey(),
      certificateDer: state.certificateDer(),
      objects: state.listObjects(),
      close: () => {
        state.close();
      },
    };
  } catch (error) {
    finalize(module);
    if (error instanceof RolesAnywhereError) throw error;
    throw new RolesAnywhereError(
      'ERR_PKCS11',
      `The PKCS#11 module ${options.modulePath} failed while opening the token for ` +
        `${options.input} (${firstLine(error)}); check the module's own configuration ` +
        `(for SoftHSM2, SOFTHSM2_CONF) and that the token is present.`,
      { input: options.input, cause: error },
    );
  }
}

/** The session and key handle, reopened when the token was removed and reinserted. */
class TokenState {
  private session: Handle | undefined;
  private slot: Handle | undefined;
  private keyHandle: Handle | undefined;
  private keyId: Buffer | undefined;
  private label = '';
  private alwaysAuthenticate = false;
  private keyType: 'rsa' | 'ec' = 'rsa';

  constructor(
    private readonly binding: Binding,
    private readonly module: Module,
    private readonly options: TokenKeyOptions,
  ) {}

  open(): void {
    const { binding, module, options } = this;
    const slot = this.findSlot();
    const session = module.C_OpenSession(slot, binding.CKF_SERIAL_SESSION);
    this.slot = slot;
    this.session = session;
    this.login(session, binding.CKU_USER);
    const [key, ...others] = this.find(session, {
      ...options.keyUri,
      type: 'private',
    });
    if (key === undefined || others.length > 0) {
      const found = this.listObjects();
      throw new RolesAnywhereError(
        'ERR_PKCS11_NOT_FOUND',
        `${options.input} matches ${key === undefined ? 'no' : `${others.length + 1}`} private ` +
          `keys on ${this.label} (${describePkcs11Uri(options.keyUri)}); ` +
          (key === undefined ? '' : 'add object= or id= to pick one; ') +
          `the token holds: ${found.length === 0 ? 'no objects visible with this PIN' : found.join('; ')}.`,
        { input: options.input },
      );
    }
    const [keyType, id, always] = module.C_GetAttributeValue(session, key, [
      { type: binding.CKA_KEY_TYPE },
      { type: binding.CKA_ID },
      { type: binding.CKA_ALWAYS_AUTHENTICATE },
    ]);
    const type = asNumber(keyType?.value);
    if (type !== binding.CKK_RSA && type !== binding.CKK_EC) {
      throw new RolesAnywhereError(
        'ERR_KEY_UNSUPPORTED',
        `${options.input} is a key of PKCS#11 type ${type}, but only RSA and EC keys on a token ` +
          `can sign Roles Anywhere requests.`,
        { input: options.input },
      );
    }
    this.keyType = type === binding.CKK_RSA ? 'rsa' : 'ec';
    this.keyHandle = key;
    this.keyId = Buffer.isBuffer(id?.value) ? id.value : undefined;
    this.alwaysAuthenticate = asNumber(always?.value) === 1;
    if (this.alwaysAuthenticate && !options.reusePin) {
      throw new RolesAnywhereError(
        'ERR_PKCS11_PIN',
        `${options.input} needs the PIN again for every signature (CKA_ALWAYS_AUTHENTICATE); ` +
          `add --reuse-pin to log in with the same PIN each time.`,
        { input: '--reuse-pin' },
      );
    }
  }

  externalKey(): ExternalKey {
    return {
      kind: 'external',
      keyType: this.keyType,
      description: `${this.keyType === 'rsa' ? 'RSA' : 'EC'} key on PKCS#11 token ${this.label}`,
      sign: (data) => this.signWithReopen(data),
    };
  }

  certificateDer(): Uint8Array | undefined {
    const uri = this.options.certificateUri;
    if (uri === undefined || this.session === undefined) return undefined;
    // With neither object= nor id=, the certificate is the one issued for the key (same CKA_ID).
    const selector =
      uri.object === undefined && uri.id === undefined && this.keyId !== undefined
        ? { ...uri, id: this.keyId }
        : uri;
    const [certificate] = this.find(this.session, { ...selector, type: 'cert' });
    if (certificate === undefined) {
      throw new RolesAnywhereError(
        'ERR_PKCS11_NOT_FOUND',
        `--certificate matches no certificate on ${this.label} (${describePkcs11Uri(selector)}); ` +
          `the token holds: ${this.listObjects().join('; ')}. Give the certificate as a file instead.`,
        { input: '--certificate' },
      );
    }
    const [value] = this.module.C_GetAttributeValue(this.session, certificate, [
      { type: this.binding.CKA_VALUE },
    ]);
    return Buffer.isBuffer(value?.value) ? value.value : new Uint8Array(0);
  }

  /** "private key rsa-key id 01 (RSA, not extractable)", one entry per object: never a value. */
  listObjects(): string[] {
    const { binding, module, session } = this;
    if (session === undefined) return [];
    module.C_FindObjectsInit(session, []);
    const handles = module.C_FindObjects(session, 64);
    module.C_FindObjectsFinal(session);
    const classes: Record<number, string> = {
      [binding.CKO_PRIVATE_KEY]: 'private key',
      [binding.CKO_PUBLIC_KEY]: 'public key',
      [binding.CKO_CERTIFICATE]: 'certificate',
    };
    return handles.map((handle) => {
      const [klass, label, id] = module.C_GetAttributeValue(session, handle, [
        { type: binding.CKA_CLASS },
        { type: binding.CKA_LABEL },
        { type: binding.CKA_ID },
      ]);
      const name = classes[asNumber(klass?.value)] ?? 'object';
      const text = Buffer.isBuffer(label?.value) ? label.value.toString('utf8') : '';
      const hex = Buffer.isBuffer(id?.value) ? id.value.toString('hex') : '';
      let extra = '';
      if (name === 'private key') {
        const [extractable] = module.C_GetAttributeValue(session, handle, [
          { type: binding.CKA_EXTRACTABLE },
        ]);
        extra = asNumber(extractable?.value) === 1 ? ' (extractable)' : ' (not extractable)';
      }
      return `${name} "${printable(text)}" id ${hex || '(none)'}${extra}`;
    });
  }

  close(): void {
    if (this.session !== undefined) {
      try {
        this.module.C_CloseSession(this.session);
      } catch {
        // The token may be gone already; finalizing below releases the rest.
      }
    }
    this.session = undefined;
    finalize(this.module);
  }

  /** A token pulled and put back invalidates the session: open it again once, then report. */
  private signWithReopen(data: Uint8Array): Uint8Array {
    try {
      return this.sign(data);
    } catch (error) {
      if (!isGone(this.binding, error)) throw this.signingError(error);
    }
    try {
      this.open();
      return this.sign(data);
    } catch (error) {
      if (error instanceof RolesAnywhereError) throw error;
      throw new RolesAnywhereError(
        'ERR_PKCS11',
        `The PKCS#11 token ${this.label || describePkcs11Uri(this.options.keyUri)} is not ` +
          `available (${firstLine(error)}); insert it again. A running serve or update tries ` +
          `again at its next refresh.`,
        { input: this.options.input, cause: error, retryable: true },
      );
    }
  }

  private sign(data: Uint8Array): Uint8Array {
    const { binding, module, session, keyHandle } = this;
    if (session === undefined || keyHandle === undefined) throw new Error('no open session');
    // RSA: the token hashes (CKM_SHA256_RSA_PKCS). EC: the token signs a digest we make.
    const mechanism = this.keyType === 'rsa' ? binding.CKM_SHA256_RSA_PKCS : binding.CKM_ECDSA;
    const input =
      this.keyType === 'rsa' ? Buffer.from(data) : createHash('sha256').update(data).digest();
    module.C_SignInit(session, { mechanism }, keyHandle);
    if (this.alwaysAuthenticate) this.login(session, binding.CKU_CONTEXT_SPECIFIC);
    const signature = module.C_Sign(session, input, Buffer.alloc(1024));
    return this.keyType === 'rsa' ? signature : rawEcdsaToDer(signature);
  }

  private signingError(error: unknown): RolesAnywhereError {
    return new RolesAnywhereError(
      'ERR_PKCS11',
      `The PKCS#11 token ${this.label} refused to sign with ${describePkcs11Uri(this.options.keyUri)} ` +
        `(${firstLine(error)}); check that the key may sign (CKA_SIGN) with ` +
        `${this.keyType === 'rsa' ? 'CKM_SHA256_RSA_PKCS' : 'CKM_ECDSA'}.`,
      { input: this.options.input, cause: error },
    );
  }

  private findSlot(): Handle {
    const { module, options } = this;
    const uri = options.keyUri;
    const slots = module.C_GetSlotList(true);
    const labels: string[] = [];
    for (const [index, slot] of slots.entries()) {
      const info = module.C_GetTokenInfo(slot);
      const label = info.label.trim();
      labels.push(label);
      const matches =
        (uri.token === undefined || uri.token === label) &&
        (uri.manufacturer === undefined || uri.manufacturer === info.manufacturerID.trim()) &&
        (uri.serial === undefined || uri.serial === info.serialNumber.trim()) &&
        (uri.model === undefined || uri.model === info.model.trim()) &&
        (uri.slotId === undefined || uri.slotId === slotNumber(slot, index));
      if (matches) {
        this.label = label;
        return slot;
      }
    }
    throw new RolesAnywhereError(
      'ERR_PKCS11_NOT_FOUND',
      `${options.input} names ${describePkcs11Uri(uri)}, but ${options.modulePath} has ` +
        `${labels.length === 0 ? 'no token present' : `only ${labels.map((l) => `"${printable(l)}"`).join(', ')}`}; ` +
        `check token= in the URI and that the token is inserted.`,
      { input: options.input },
    );
  }

  private login(session: Handle, userType: number): void {
    const { binding, module, options } = this;
    if (options.pin === undefined) {
      if (userType === binding.CKU_USER) return;
      throw new RolesAnywhereError(
        'ERR_PKCS11_PIN',
        `${options.input} needs the token's PIN; add pin-source=env:NAME to the URI.`,
        { input: options.input },
      );
    }
    try {
      module.C_Login(session, userType, options.pin);
    } catch (error) {
      if (hasCode(error, binding.CKR_USER_ALREADY_LOGGED_IN)) return;
      const locked = hasCode(error, binding.CKR_PIN_LOCKED);
      const wrong = hasCode(error, binding.CKR_PIN_INCORRECT);
      throw new RolesAnywhereError(
        'ERR_PKCS11_PIN',
        locked
          ? `The PIN of PKCS#11 token ${this.label} is locked after too many wrong tries; unlock it with the token's SO PIN.`
          : wrong
            ? `The PIN from the pin-source of ${options.input} is wrong for PKCS#11 token ${this.label}; check it (a token locks after a few wrong tries).`
            : `Logging in to PKCS#11 token ${this.label} failed (${firstLine(error)}); check the pin-source of ${options.input}.`,
        { input: options.input, cause: error },
      );
    }
  }

  private find(session: Handle, uri: Pkcs11Uri): Handle[] {
    const { binding, module } = this;
    const classes = {
      private: binding.CKO_PRIVATE_KEY,
      cert: binding.CKO_CERTIFICATE,
      public: binding.CKO_PUBLIC_KEY,
      data: binding.CKO_DATA,
      'secret-key': binding.CKO_SECRET_KEY,
    };
    const template: Pkcs11Js.Template = [];
    if (uri.type !== undefined)
      template.push({ type: binding.CKA_CLASS, value: classes[uri.type] });
    if (uri.object !== undefined) template.push({ type: binding.CKA_LABEL, value: uri.object });
    if (uri.id !== undefined) template.push({ type: binding.CKA_ID, value: Buffer.from(uri.id) });
    module.C_FindObjectsInit(session, template);
    const found = module.C_FindObjects(session, 16);
    module.C_FindObjectsFinal(session);
    return found;
  }
}

function finalize(module: Module): void {
  try {
    module.C_Finalize();
  } catch {
    // Already finalized or the module is unusable: nothing left to release.
  }
}

/** CK_ULONG and CK_BBOOL attributes come back as raw bytes in the platform's order. */
function asNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (!Buffer.isBuffer(value) || value.length === 0) return -1;
  if (value.length === 8) return Number(value.readBigUInt64LE(0));
  if (value.length <= 6) return value.readUIntLE(0, value.length);
  return -1;
}

function slotNumber(slot: Handle, index: number): number {
  if (slot.length === 8) return Number(slot.readBigUInt64LE(0));
  return slot.length > 0 && slot.length <= 6 ? slot.readUIntLE(0, slot.length) : index;
}

function hasCode(error: unknown, code: number): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

/** CKR codes that mean the session or the token went away, not that signing was refused. */
function isGone(binding: Binding, error: unknown): boolean {
  return [
    binding.CKR_SESSION_HANDLE_INVALID,
    binding.CKR_SESSION_CLOSED,
    binding.CKR_DEVICE_REMOVED,
    binding.CKR_TOKEN_NOT_PRESENT,
    binding.CKR_USER_NOT_LOGGED_IN,
    binding.CKR_KEY_HANDLE_INVALID,
    binding.CKR_OBJECT_HANDLE_INVALID,
    binding.CKR_DEVICE_ERROR,
  ].some((code) => hasCode(error, code));
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return printable(text.split('\n', 1)[0] ?? '');
}

function printable(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
