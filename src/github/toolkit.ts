import * as core from '@actions/core';
import type { Workflow } from './workflow.js';

/** The Workflow interface on top of @actions/core: file commands where the runner offers them. */
export function toolkitWorkflow(): Workflow {
  return {
    setSecret: (value) => core.setSecret(value),
    exportVariable: (name, value) => core.exportVariable(name, value),
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    info: (line) => core.info(line),
    warning: (line) => core.warning(line),
    summary: async (heading, rows) => {
      if (!process.env['GITHUB_STEP_SUMMARY']) return;
      await core.summary
        .addHeading(heading, 3)
        .addTable([
          [
            { data: 'Item', header: true },
            { data: 'Value', header: true },
          ],
          ...rows.map(([k, v]) => [k, v]),
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
