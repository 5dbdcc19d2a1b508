/**
 * EXPERIMENT (bench/profile.mjs --experiment): a drop-in for src/github/toolkit.ts that speaks the
 * runner's workflow-command and file-command protocols itself instead of importing @actions/core,
 * whose oidc-utils pull @actions/http-client and with it undici and tunnel into the Action's
 * start-up, and whose platform module pulls @actions/exec and @actions/io. Same exports, same
 * output bytes as @actions/core 3.0.1 for what the Action uses:
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 * It is built into a temporary copy of src/ only; nothing in src/ imports it.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import type { Workflow } from '../../src/github/workflow.js';

/** Workflow-command data escaping, as @actions/core's escapeData. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property escaping, as @actions/core's escapeProperty. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issue(command: string, message: string): void {
  process.stdout.write(`::${command}::${escapeData(message)}${EOL}`);
}

/** NAME<<DELIMITER / value / DELIMITER, with a delimiter neither the name nor the value contains. */
function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: the value of ${name} contains the delimiter ${delimiter}.`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Appends to the runner's file for this command; false when the runner gave none. */
function fileCommand(variable: string, message: string): boolean {
  const path = process.env[variable];
  if (path === undefined || path === '') return false;
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
  return true;
}

export function toolkitWorkflow(): Workflow {
  return {
    setSecret: (value) => issue('add-mask', value),
    exportVariable: (name, value) => {
      process.env[name] = value;
      if (!fileCommand('GITHUB_ENV', keyValueMessage(name, value)))
        process.stdout.write(`::set-env name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
    },
    setOutput: (name, value) => {
      if (!fileCommand('GITHUB_OUTPUT', keyValueMessage(name, value)))
        process.stdout.write(
          `${EOL}::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`,
        );
    },
    saveState: (name, value) => {
      if (!fileCommand('GITHUB_STATE', keyValueMessage(name, value)))
        process.stdout.write(
          `::save-state name=${escapeProperty(name)}::${escapeData(value)}${EOL}`,
        );
    },
    getState: (name) => process.env[`STATE_${name}`] ?? '',
    info: (line) => process.stdout.write(`${line}${EOL}`),
    warning: (line) => issue('warning', line),
    summary: async (heading, rows) => {
      const path = process.env['GITHUB_STEP_SUMMARY'];
      if (!path) return;
      const cells = (tag: string, row: readonly string[]): string =>
        `<tr>${row.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
      const table = `<table>${cells('th', ['Item', 'Value'])}${rows.map(([k, v]) => cells('td', [k, v])).join('')}</table>`;
      appendFileSync(path, `<h3>${heading}</h3>${EOL}${table}${EOL}`, { encoding: 'utf8' });
      await Promise.resolve();
    },
  };
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function fail(message: string): void {
  process.exitCode = 1;
  issue('error', message);
}
