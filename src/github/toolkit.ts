import * as core from '@actions/core';
import { escapeControlCharacters } from '../core/controlCharacters.js';
import type { Workflow } from './workflow.js';

/**
 * One log line whatever the text holds: the runner reads every stdout line that starts with `::`
 * as a workflow command, so a value with a line break in it must not start a line of its own.
 * (Warnings and errors are commands themselves; @actions/core escapes their data.)
 */
export function logLine(text: string): string {
  return escapeControlCharacters(text, { keepTabs: true });
}

/** A job summary cell: the summary is HTML, and @actions/core writes cells as given. */
export function summaryCell(text: string): string {
  return logLine(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The Workflow interface on top of @actions/core: file commands where the runner offers them. */
export function toolkitWorkflow(): Workflow {
  return {
    setSecret: (value) => {
      core.setSecret(value);
    },
    exportVariable: (name, value) => {
      core.exportVariable(name, value);
    },
    setOutput: (name, value) => {
      core.setOutput(name, value);
    },
    saveState: (name, value) => {
      core.saveState(name, value);
    },
    getState: (name) => core.getState(name),
    info: (line) => {
      core.info(logLine(line));
    },
    warning: (line) => {
      core.warning(line);
    },
    summary: async (heading, rows) => {
      if (!process.env['GITHUB_STEP_SUMMARY']) return;
      await core.summary
        .addHeading(heading, 3)
        .addTable([
          [
            { data: 'Item', header: true },
            { data: 'Value', header: true },
          ],
          ...rows.map(([k, v]) => [summaryCell(k), summaryCell(v)]),
        ])
        .write();
    },
  };
}

export function getInput(name: string): string {
  return core.getInput(name);
}

export function fail(message: string): void {
  core.setFailed(message);
}
