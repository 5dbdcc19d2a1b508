export type Level = 'pass' | 'info' | 'warn' | 'fail';

/** One thing the doctor found: what, in a short line, and why it matters or what to do. */
export interface Finding {
  readonly level: Level;
  readonly check: string;
  readonly summary: string;
  readonly explanation: string;
}

export function finding(
  level: Level,
  check: string,
  summary: string,
  explanation: string,
): Finding {
  return { level, check, summary, explanation };
}

const LABELS: Readonly<Record<Level, string>> = {
  pass: 'PASS',
  info: 'INFO',
  warn: 'WARN',
  fail: 'FAIL',
};

/** 0 all passed, 2 warnings only, 1 at least one failure. */
export function doctorExitCode(findings: readonly Finding[]): number {
  if (findings.some((f) => f.level === 'fail')) return 1;
  if (findings.some((f) => f.level === 'warn')) return 2;
  return 0;
}

export function renderFindings(findings: readonly Finding[]): string {
  const width = Math.max(...findings.map((f) => f.check.length));
  const lines = findings.flatMap((f) => [
    `${LABELS[f.level]}  ${f.check.padEnd(width)}  ${f.summary}`,
    ...(f.explanation === '' ? [] : [`      ${' '.repeat(width)}  ${f.explanation}`]),
  ]);
  const count = (level: Level): number => findings.filter((f) => f.level === level).length;
  const failures = count('fail');
  const warnings = count('warn');
  const verdict =
    failures > 0
      ? `${failures} failure${failures === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}: fix the FAIL lines first.`
      : warnings > 0
        ? `No failures, ${warnings} warning${warnings === 1 ? '' : 's'}.`
        : 'All checks passed.';
  return `${lines.join('\n')}\n\n${verdict}\n`;
}
