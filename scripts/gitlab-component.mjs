// Writes templates/credentials.yml, the CI/CD catalog component, from .gitlab-ci-template.yml:
// the same spec:inputs and jobs under the component's own header comment, so the two cannot
// drift (__tests__/gitlab.component.test.ts fails when they do). Run after editing the template:
//   node scripts/gitlab-component.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HEADER = `# rolesanywhere-credentials as a GitLab CI/CD catalog component: short-lived AWS credentials in
# GitLab CI jobs from an X.509 certificate held in CI/CD variables, through IAM Roles Anywhere.
# Documentation: docs/gitlab.md. Generated from .gitlab-ci-template.yml by
# scripts/gitlab-component.mjs: edit the template, then run that script.
#
#   include:
#     - component: $CI_SERVER_FQDN/<group>/rolesanywhere-credentials/credentials@1.0.0
#       inputs:
#         trust-anchor-arn: arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/...
#         profile-arn: arn:aws:rolesanywhere:eu-west-1:111122223333:profile/...
#         role-arn: arn:aws:iam::111122223333:role/deployer
#   deploy:
#     extends: .rolesanywhere-aws-credentials
#     script: aws sts get-caller-identity
`;

/** The configuration without the leading comment block: what the two files share. */
export function configurationOf(text) {
  return text.slice(text.search(/^spec:/m));
}

export function componentText(templateText) {
  return HEADER + configurationOf(templateText);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const template = readFileSync(`${root}/.gitlab-ci-template.yml`, 'utf8');
  writeFileSync(`${root}/templates/credentials.yml`, componentText(template));
  console.log('wrote templates/credentials.yml');
}
