/**
 * The benchmark's in-process scripts run the project's own sources, so a change to those sources
 * can break them without any other test noticing. Each runs here for a moment and must still
 * produce its JSON; what they measure is the benchmark's business, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { NODE24, runCommand } from './helpers/harness.js';

const TS = ['--experimental-transform-types', '--no-warnings'];

describe('the benchmark scripts', () => {
  it('bench/sign.mjs signs with every key and prints one JSON document', async () => {
    const run = await runCommand(NODE24, [...TS, 'bench/sign.mjs'], {
      env: { BENCH_SIGN_MS: '100' },
      timeoutMs: 60_000,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { results: { key: string }[] };
    expect(report.results.map((r) => r.key)).toEqual(
      expect.arrayContaining(['RSA-2048', 'P-256', 'P-384']),
    );
  }, 70_000);

  it('bench/accountClock.mjs gets credentials for five clients on the account clock', async () => {
    const run = await runCommand(
      NODE24,
      [...TS, 'bench/accountClock.mjs', '{"sizes":[5],"rate":10,"runs":1}'],
      { timeoutMs: 60_000 },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as {
      size: number;
      runs: { withCredentials: number }[];
    };
    expect(summary.size).toBe(5);
    expect(summary.runs[0]?.withCredentials).toBe(5);
  }, 70_000);
});
