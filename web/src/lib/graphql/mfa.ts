import { graphql } from "./generated";

// The second factor: TOTP enrolment on the profile page, the code step of signing in.

export const START_TOTP = graphql(`
  mutation StartTotpEnrollment($currentPassword: String!) {
    startTotpEnrollment(currentPassword: $currentPassword) {
      secret
      otpauthUrl
      qrCodeSvg
    }
  }
`);

export const CONFIRM_TOTP = graphql(`
  mutation ConfirmTotpEnrollment($code: String!) {
    confirmTotpEnrollment(code: $code) {
      codes
    }
  }
`);

export const REGENERATE_RECOVERY_CODES = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code) {
      codes
    }
  }
`);

export const DISABLE_MFA = graphql(`
  mutation DisableMfa($currentPassword: String!, $code: String!) {
    disableMfa(currentPassword: $currentPassword, code: $code) {
      ...UserFields
    }
  }
`);

export const VERIFY_MFA = graphql(`
  mutation VerifyMfa($mfaToken: String!, $code: String!) {
    verifyMfa(mfaToken: $mfaToken, code: $code) {
      user {
        ...UserFields
      }
      recoveryCodesLeft
    }
  }
`);

export const ADMIN_RESET_MFA = graphql(`
  mutation AdminResetMfa($id: ID!) {
    adminResetMfa(id: $id) {
      ...UserFields
    }
  }
`);
