import { describeCause, isRolesAnywhereError } from '../core/errors.js';
import { loadMaterial } from '../core/material/index.js';
import { resolveSessionSettings } from '../core/settings.js';
import { MaterialRotation } from '../files/materialRotation.js';
import { createEnvironmentSender, realSleep } from '../http/index.js';
import {
  isServeChildRequest,
  type ServeChildReply,
  type ServeChildRequest,
} from './childProtocol.js';
import { realTimer } from './credentialRefresher.js';
import { CredentialServer } from './credentialServer.js';

/** The child's end of the IPC channel. */
export interface ParentChannel {
  /** The start request; rejects when none arrives in time or the parent goes away. */
  receive(timeoutMs: number): Promise<ServeChildRequest>;
  send(reply: ServeChildReply): Promise<void>;
  /** Lets go of the channel so the parent can exit. */
  disconnect(): void;
}

export interface ServeChildDeps {
  readonly channel: ParentChannel;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly log: (line: string) => void;
  /** Resolves on SIGTERM or SIGINT. */
  readonly waitForStop: () => Promise<string>;
}

/** The channel Node sets up for a child spawned with an 'ipc' stdio entry. */
export function processChannel(): ParentChannel | undefined {
  const send = process.send?.bind(process);
  if (send === undefined) return undefined;
  return {
    receive: (timeoutMs) =>
      new Promise((resolve, reject) => {
        const done = (): void => {
          clearTimeout(timer);
          process.off('message', onMessage);
          process.off('disconnect', onDisconnect);
        };
        const onMessage = (message: unknown): void => {
          done();
          if (isServeChildRequest(message)) resolve(message);
          else reject(new Error('the parent sent something other than a start request'));
        };
        const onDisconnect = (): void => {
          done();
          reject(new Error('the parent went away before sending the start request'));
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no start request within ${timeoutMs} ms`));
        }, timeoutMs);
        process.on('message', onMessage);
        process.once('disconnect', onDisconnect);
      }),
    send: (reply) =>
      new Promise((resolve) => {
        send(reply, undefined, {}, () => {
          resolve();
        });
      }),
    disconnect: () => {
      if (process.connected) process.disconnect();
    },
  };
}

/** Resolves with the signal's name on the first SIGTERM or SIGINT. */
export function waitForStopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}

/**
 * The detached server: takes the start request from the parent, obtains the first credentials,
 * says ready (or why not), lets the parent go, and serves until SIGTERM/SIGINT. Resolves to the
 * exit code.
 */
export async function runServeChild(deps: ServeChildDeps): Promise<number> {
  const stopped = deps.waitForStop();
  let request: ServeChildRequest;
  try {
    request = await deps.channel.receive(30_000);
  } catch (error) {
    deps.log(`Not started: ${describeCause(error)}.`);
    return 1;
  }
  let server: CredentialServer;
  try {
    const settings = resolveSessionSettings(request.inputs, request.names);
    const material = await loadMaterial(settings.material, {
      now: new Date(),
      names: settings.names,
    });
    const rotation = new MaterialRotation(
      request.rotate ?? {},
      { sources: settings.material, material },
      { now: () => new Date(), log: deps.log, names: settings.names },
    );
    server = new CredentialServer(settings, material, request.server, {
      nextMaterial: async () => (await rotation.check())?.material,
      send: createEnvironmentSender({
        attemptTimeoutMs: settings.retry.attemptTimeoutMs,
        env: deps.env,
        insecure: request.insecure,
      }),
      now: () => new Date(),
      sleep: realSleep,
      setTimer: realTimer,
      log: deps.log,
    });
    const endpoints = await server.start();
    const session = server.summary();
    if (session === undefined)
      throw new Error('the first credentials were gone as soon as they came');
    await deps.channel.send({ type: 'ready', pid: process.pid, endpoints, session });
  } catch (error) {
    const reply: ServeChildReply = isRolesAnywhereError(error)
      ? { type: 'failed', code: error.code, message: error.message, input: error.details.input }
      : {
          type: 'failed',
          code: 'ERR_INTERNAL',
          message: `unexpected error: ${describeCause(error)}`,
        };
    deps.log(`Not started: ${reply.message}`);
    await deps.channel.send(reply).catch(() => undefined);
    deps.channel.disconnect();
    return 1;
  }
  deps.channel.disconnect();
  const signal = await stopped;
  await server.stop();
  const stats = server.stats();
  deps.log(
    `Stopped on ${signal} after serving ${stats.container.served + stats.imds.served} credential requests and ${stats.refreshes} refreshes.`,
  );
  return 0;
}
