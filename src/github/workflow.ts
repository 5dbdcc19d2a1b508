/** What the Action does to the workflow run: a small interface, so the run logic has no toolkit import. */
export interface Workflow {
  setSecret(value: string): void;
  exportVariable(name: string, value: string): void;
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  info(line: string): void;
  warning(line: string): void;
  /** A job summary table; a no-op where the runner has no summary file. */
  summary(heading: string, rows: readonly (readonly [string, string])[]): Promise<void>;
}

export const STATE = {
  exported: 'rac-exported',
  files: 'rac-files',
  cleanup: 'rac-cleanup',
  /** credential-mode server: the detached server's pid and its log file. */
  serverPid: 'rac-server-pid',
  serverLog: 'rac-server-log',
} as const;

export const CREDENTIAL_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
] as const;
