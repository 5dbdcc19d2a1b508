output "trust_anchor_arn" {
  description = "trust-anchor-arn for the Action, the GitLab template or the CLI."
  value       = aws_rolesanywhere_trust_anchor.ci.arn
}

output "profile_arn" {
  description = "profile-arn."
  value       = aws_rolesanywhere_profile.ci.arn
}

output "role_arn" {
  description = "role-arn."
  value       = aws_iam_role.ci.arn
}
