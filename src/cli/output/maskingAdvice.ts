import type { EnvFormat } from './envFormats.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Where the output cannot be masked, one line saying so and what to do instead; else undefined. */
export function maskingAdvice(
  format: EnvFormat,
  env: Env,
  stdoutIsTty: boolean,
): string | undefined {
  if (format === 'github') return undefined;
  if (format === 'azure') {
    return env['TF_BUILD'] === undefined
      ? 'the azure format masks only inside Azure Pipelines (TF_BUILD is not set); here the values print in clear.'
      : undefined;
  }
  if (env['GITHUB_ACTIONS'] === 'true')
    return `GitHub Actions masks only what it is told: use --format github instead of ${format}.`;
  if (env['TF_BUILD'] !== undefined)
    return `Azure Pipelines masks only secret variables: use --format azure instead of ${format}.`;
  const where =
    env['GITLAB_CI'] !== undefined
      ? 'GitLab cannot mask values created during a job'
      : env['BITBUCKET_BUILD_NUMBER'] !== undefined
        ? 'Bitbucket Pipelines masks only secured variables defined in its settings'
        : env['JENKINS_URL'] !== undefined
          ? 'Jenkins masks only credentials bound with withCredentials'
          : 'nothing masks these values';
  const how = stdoutIsTty
    ? 'they are on your terminal now; capture them instead, e.g. eval "$(rolesanywhere-credentials env ...)"'
    : 'keep this output out of logs (eval it or write it to a private file), never echo it';
  return `${where}: ${how}.`;
}
