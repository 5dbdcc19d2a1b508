import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { RolesAnywhereError } from '../core/errors.js';
import type { CredentialMaterial } from '../core/material/index.js';
import type { SessionSettings } from '../core/settings.js';
import { generateToken } from './authToken.js';
import { rfc3339 } from '../core/rfc3339.js';
import { handleContainerRequest, type ContainerEndpoint } from './containerEndpoint.js';
import { CredentialRefresher, type RefresherStats, type ServeDeps } from './credentialRefresher.js';
import { newCounters, replyError, type RequestCounters } from './httpReply.js';
import { handleImdsRequest, ImdsSessionTokens, type ImdsEndpoint } from './imdsEndpoint.js';
import type { RefreshPolicy } from './refreshPlan.js';

/** The default address: the credentials are for this machine's processes. */
export const LOOPBACK = '127.0.0.1';
export const DEFAULT_IMDS_PORT = 9911;
export const DEFAULT_HOP_LIMIT = 64;

export interface ImdsOptions {
  readonly port: number;
  /**
   * Accepted for drop-in compatibility with `aws_signing_helper serve --hop-limit`. Node cannot set
   * the IP TTL of a TCP socket; it is moot here anyway, since the server listens on loopback only.
   */
  readonly hopLimit: number;
}

export interface CredentialServerOptions {
  /** The container provider's port; 0 picks a free one. */
  readonly port: number;
  /**
   * The container provider's IP address, 127.0.0.1 when absent. Another address makes the server
   * reachable from other containers (a sidecar, a CI service), so IMDS, which has no token a
   * caller must hold, is refused with it.
   */
  readonly host?: string | undefined;
  /**
   * The token every request must carry, chosen beforehand so that a client in another container
   * can be given it (and the fixed path /v1/credentials) without reading this server's output.
   * A fresh random token and path when absent.
   */
  readonly token?: string | undefined;
  /** IMDSv2 on its own port; off when absent. */
  readonly imds?: ImdsOptions | undefined;
  /** How the front end calls the port settings, for the message when a port is taken. */
  readonly portInputs?: { readonly port: string; readonly imdsPort: string } | undefined;
  readonly refreshPolicy?: RefreshPolicy | undefined;
}

/** Where clients find the server: what the environment lines carry. */
export interface CredentialServerEndpoints {
  /** AWS_CONTAINER_CREDENTIALS_FULL_URI */
  readonly containerUrl: string;
  /** AWS_CONTAINER_AUTHORIZATION_TOKEN: a secret. */
  readonly authorizationToken: string;
  /** AWS_EC2_METADATA_SERVICE_ENDPOINT, with --imds. */
  readonly imdsUrl: string | undefined;
}

/** What may be said about the session in a log or an output: no secret. */
export interface SessionSummary {
  readonly assumedRoleArn: string;
  readonly accountId: string | undefined;
  readonly subjectArn: string | undefined;
  /** RFC 3339, no fractions. */
  readonly expiration: string;
  readonly certificateSerial: string;
  readonly certificateSubject: string;
}

export interface CredentialServerStats extends RefresherStats {
  readonly container: Readonly<RequestCounters>;
  readonly imds: Readonly<RequestCounters>;
}

/** An address as it goes in a URL: IPv6 in brackets; a wildcard as loopback, where it also listens. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return LOOPBACK;
  if (host === '::') return '[::1]';
  return isIP(host) === 6 ? `[${host}]` : host;
}

function listen(server: Server, port: number, input: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const why =
        error.code === 'EADDRINUSE'
          ? 'another process is listening there; stop it or choose another port'
          : error.code === 'EACCES'
            ? 'permission denied; choose a port above 1023'
            : (error.code ?? error.message);
      reject(
        new RolesAnywhereError(
          'ERR_INPUT_INVALID',
          `Cannot listen on ${urlHost(host)}:${port} (${input}): ${why}.`,
          { input, cause: error },
        ),
      );
    };
    server.once('error', onError);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}

function guarded(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  log: (line: string) => void,
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      handler(req, res);
    } catch (error) {
      log(
        `Internal error answering a request: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!res.headersSent) replyError(res, 500, 'InternalError', 'Internal error.');
      else res.destroy();
    }
  };
}

/**
 * The local credential server: one CredentialRefresher, answered over the container credentials
 * provider protocol (on 127.0.0.1 unless another address is given) and, when asked, IMDSv2 (on
 * 127.0.0.1 only).
 */
export class CredentialServer {
  private readonly refresher: CredentialRefresher;
  private readonly options: CredentialServerOptions;
  private readonly deps: ServeDeps;
  private readonly roleName: string;
  private readonly containerCounters = newCounters();
  private readonly imdsCounters = newCounters();
  private readonly servers: Server[] = [];
  private endpoints: CredentialServerEndpoints | undefined;

  constructor(
    settings: SessionSettings,
    material: CredentialMaterial,
    options: CredentialServerOptions,
    deps: ServeDeps,
  ) {
    this.refresher = new CredentialRefresher(settings, material, deps, options.refreshPolicy);
    this.options = options;
    this.deps = deps;
    this.roleName = settings.role.resourceId.split('/').pop() ?? settings.role.resourceId;
  }

  /** Listens first (a taken port fails before any network call), then obtains credentials. */
  async start(): Promise<CredentialServerEndpoints> {
    if (this.endpoints !== undefined) return this.endpoints;
    const host = this.options.host ?? LOOPBACK;
    if (host !== LOOPBACK && this.options.imds !== undefined)
      throw new RolesAnywhereError(
        'ERR_USAGE',
        `IMDS answers anyone who can reach it, so it listens on ${LOOPBACK} only: it cannot be served on ${host}.`,
      );
    const container: ContainerEndpoint = {
      path:
        this.options.token === undefined
          ? `/v1/credentials/${randomBytes(16).toString('base64url')}`
          : '/v1/credentials',
      token: this.options.token ?? generateToken(),
      // Clients in other containers name the server by its address or a service name; the token,
      // which no web page can hold, is what guards it there.
      anyHost: host !== LOOPBACK,
    };
    const names = this.options.portInputs ?? { port: 'port', imdsPort: 'imds-port' };
    try {
      const containerServer = createServer(
        guarded((req, res) => {
          handleContainerRequest(req, res, container, this.refresher, this.containerCounters);
        }, this.deps.log),
      );
      this.servers.push(containerServer);
      const containerPort = await listen(containerServer, this.options.port, names.port, host);
      let imdsUrl: string | undefined;
      const imds = this.options.imds;
      if (imds !== undefined) {
        const endpoint: ImdsEndpoint = {
          roleName: this.roleName,
          tokens: new ImdsSessionTokens(this.deps.now),
        };
        const imdsServer = createServer(
          guarded((req, res) => {
            handleImdsRequest(req, res, endpoint, this.refresher, this.imdsCounters);
          }, this.deps.log),
        );
        this.servers.push(imdsServer);
        const imdsPort = await listen(imdsServer, imds.port, names.imdsPort, LOOPBACK);
        imdsUrl = `http://${LOOPBACK}:${imdsPort}/`;
      }
      await this.refresher.start();
      this.endpoints = {
        containerUrl: `http://${urlHost(host)}:${containerPort}${container.path}`,
        authorizationToken: container.token,
        imdsUrl,
      };
      const imdsNote =
        imdsUrl === undefined ? '' : `; IMDSv2 on ${imdsUrl} (role ${this.roleName})`;
      this.deps.log(
        `Serving credentials: container provider on ${host.includes(':') ? `[${host}]` : host}:${containerPort}${imdsNote}.`,
      );
      return this.endpoints;
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  /** The session being served now, if any. */
  summary(): SessionSummary | undefined {
    const current = this.refresher.current();
    if (current.kind === 'unavailable') return undefined;
    const c = current.credentials;
    return {
      assumedRoleArn: c.assumedRoleArn,
      accountId: c.accountId,
      subjectArn: c.subjectArn,
      expiration: rfc3339(c.expiration),
      certificateSerial: this.refresher.currentMaterial().serialDecimal,
      certificateSubject: this.refresher.currentMaterial().subject,
    };
  }

  stats(): CredentialServerStats {
    return {
      ...this.refresher.stats(),
      container: { ...this.containerCounters },
      imds: { ...this.imdsCounters },
    };
  }

  /** Stops listening, drops open connections and cancels the refresh timer. */
  async stop(): Promise<void> {
    await Promise.all(this.servers.map((server) => close(server)));
    await this.refresher.stop();
  }
}
