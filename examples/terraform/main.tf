# IAM Roles Anywhere for one CI identity: a trust anchor from your CA certificate, a role whose
# trust policy admits only that identity through only that trust anchor, and a profile.
# See docs/setup.md for the steps around it.

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40"
    }
  }
}

resource "aws_rolesanywhere_trust_anchor" "ci" {
  name    = var.name
  enabled = true

  source {
    source_type = "CERTIFICATE_BUNDLE"
    source_data {
      x509_certificate_data = file(var.ca_certificate_file)
    }
  }
}

# Roles Anywhere calls sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity; the conditions pin
# the trust anchor (aws:SourceArn) and the certificate's own subject CN, never the CA's name.
data "aws_iam_policy_document" "trust" {
  statement {
    sid     = "RolesAnywhere"
    effect  = "Allow"
    actions = ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"]

    principals {
      type        = "Service"
      identifiers = ["rolesanywhere.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_rolesanywhere_trust_anchor.ci.arn]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalTag/x509Subject/CN"
      values   = [var.certificate_common_name]
    }
  }
}

resource "aws_iam_role" "ci" {
  name                 = var.name
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = var.session_duration_seconds
}

resource "aws_iam_role_policy_attachment" "ci" {
  for_each   = toset(var.managed_policy_arns)
  role       = aws_iam_role.ci.name
  policy_arn = each.value
}

resource "aws_rolesanywhere_profile" "ci" {
  name             = var.name
  enabled          = true
  role_arns        = [aws_iam_role.ci.arn]
  duration_seconds = var.session_duration_seconds
}

resource "aws_rolesanywhere_crl" "ci" {
  count            = var.crl_file == null ? 0 : 1
  name             = "${var.name}-crl"
  enabled          = true
  crl_data         = file(var.crl_file)
  trust_anchor_arn = aws_rolesanywhere_trust_anchor.ci.arn
}
