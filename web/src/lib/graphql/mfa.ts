import { gql } from "@urql/core";
import type { User } from "./types";
import { USER_FIELDS } from "./user-fields";

// The second factor: TOTP enrolment on the profile page, the code step of signing in.

export interface TotpEnrollment {
  secret: string;
  otpauthUrl: string;
  qrCodeSvg: string;
}

export const START_TOTP = gql<{ startTotpEnrollment: TotpEnrollment }, { currentPassword: string }>`
  mutation StartTotpEnrollment($currentPassword: String!) {
    startTotpEnrollment(currentPassword: $currentPassword) {
      secret
      otpauthUrl
      qrCodeSvg
    }
  }
`;

export const CONFIRM_TOTP = gql<{ confirmTotpEnrollment: { codes: string[] } }, { code: string }>`
  mutation ConfirmTotpEnrollment($code: String!) {
    confirmTotpEnrollment(code: $code) {
      codes
    }
  }
`;

export const REGENERATE_RECOVERY_CODES = gql<{ regenerateRecoveryCodes: { codes: string[] } }, { code: string }>`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code) {
      codes
    }
  }
`;

export const DISABLE_MFA = gql<{ disableMfa: User }, { currentPassword: string; code: string }>`
  mutation DisableMfa($currentPassword: String!, $code: String!) {
    disableMfa(currentPassword: $currentPassword, code: $code) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const VERIFY_MFA = gql<{ verifyMfa: { user: User; recoveryCodesLeft: number | null } }, { mfaToken: string; code: string }>`
  mutation VerifyMfa($mfaToken: String!, $code: String!) {
    verifyMfa(mfaToken: $mfaToken, code: $code) {
      user {
        ...UserFields
      }
      recoveryCodesLeft
    }
  }
  ${USER_FIELDS}
`;

export const ADMIN_RESET_MFA = gql<{ adminResetMfa: User }, { id: string }>`
  mutation AdminResetMfa($id: ID!) {
    adminResetMfa(id: $id) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;
