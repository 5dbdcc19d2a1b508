/** The local credential server: container credentials provider and IMDSv2 on 127.0.0.1. */
export {
  CredentialServer,
  DEFAULT_HOP_LIMIT,
  DEFAULT_IMDS_PORT,
  LOOPBACK,
} from './credentialServer.js';
export type {
  CredentialServerEndpoints,
  CredentialServerOptions,
  CredentialServerStats,
  ImdsOptions,
  SessionSummary,
} from './credentialServer.js';
export { CredentialRefresher, realTimer } from './credentialRefresher.js';
export type {
  CurrentCredentials,
  RefresherStats,
  ServeDeps,
  Timer,
} from './credentialRefresher.js';
export {
  DEFAULT_REFRESH_POLICY,
  isServable,
  refreshDueAt,
  retryDelayMs,
  type RefreshPolicy,
} from './refreshPlan.js';
export {
  serverVariables,
  CONTAINER_TOKEN_VARIABLE,
  CONTAINER_URI_VARIABLE,
  IMDS_ENDPOINT_VARIABLE,
  type ServerVariable,
} from './environment.js';
export {
  SERVE_CHILD_VARIABLE,
  serveChildRequest,
  type ServeChildReply,
  type ServeChildRequest,
} from './childProtocol.js';
export {
  processChannel,
  runServeChild,
  waitForStopSignal,
  type ParentChannel,
  type ServeChildDeps,
} from './serveChild.js';
export { startDetachedServer, type DetachedLaunch, type DetachedServer } from './startDetached.js';
export { isProcessRunning, stopServerProcess, type StopOutcome } from './stopServerProcess.js';
