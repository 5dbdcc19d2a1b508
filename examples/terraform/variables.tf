variable "name" {
  description = "Name of the trust anchor, role and profile."
  type        = string
  default     = "ci-deployer"
}

variable "ca_certificate_file" {
  description = "The CA certificate (PEM) of the trust anchor: ca.pem from `rolesanywhere-credentials pki ca`."
  type        = string
}

variable "certificate_common_name" {
  description = "The subject CN of the CI identity's certificate (what `pki issue --subject CN=...` gave), not the CA's."
  type        = string
}

variable "session_duration_seconds" {
  description = "Session length the profile allows, 900 to 43200 seconds."
  type        = number
  default     = 3600

  validation {
    condition     = var.session_duration_seconds >= 900 && var.session_duration_seconds <= 43200
    error_message = "session_duration_seconds must be from 900 to 43200."
  }
}

variable "managed_policy_arns" {
  description = "Managed policies that say what the CI identity may do; keep them narrow."
  type        = list(string)
  default     = []
}

variable "crl_file" {
  description = "Optional CRL (PEM) from `rolesanywhere-credentials pki crl`, imported into the trust anchor."
  type        = string
  default     = null
}
