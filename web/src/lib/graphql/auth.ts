import { gql } from "@urql/core";
import type { AuthPayload, User } from "./types";
import { USER_FIELDS } from "./user-fields";

// Sign-up, sign-in and token operations. Each document carries its result and variable types.

const AUTH_PAYLOAD = gql`
  fragment AuthPayloadFields on AuthPayload {
    user {
      ...UserFields
    }
    accessToken
    accessTokenExpiresAt
  }
  ${USER_FIELDS}
`;

export const ME = gql<{ me: User | null }, Record<string, never>>`
  query Me {
    me {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const REGISTER = gql<{ register: { user: User; otpExpiresAt: string } }, { input: { username: string; email: string; password: string; name?: string } }>`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      user {
        ...UserFields
      }
      otpExpiresAt
    }
  }
  ${USER_FIELDS}
`;

export const VERIFY_OTP = gql<{ verifyOtp: AuthPayload }, { email: string; code: string }>`
  mutation VerifyOtp($email: String!, $code: String!) {
    verifyOtp(email: $email, code: $code) {
      ...AuthPayloadFields
    }
  }
  ${AUTH_PAYLOAD}
`;

export const RESEND_OTP = gql<{ resendOtp: boolean }, { email: string }>`
  mutation ResendOtp($email: String!) {
    resendOtp(email: $email)
  }
`;

export const LOGIN = gql<{ login: AuthPayload }, { identifier: string; password: string }>`
  mutation Login($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      ...AuthPayloadFields
    }
  }
  ${AUTH_PAYLOAD}
`;

export const REFRESH_TOKEN = gql<{ refreshToken: AuthPayload }, Record<string, never>>`
  mutation RefreshToken {
    refreshToken {
      ...AuthPayloadFields
    }
  }
  ${AUTH_PAYLOAD}
`;

export const LOGOUT = gql<{ logout: boolean }, Record<string, never>>`
  mutation Logout {
    logout
  }
`;

export const REQUEST_PASSWORD_RESET = gql<{ requestPasswordReset: boolean }, { email: string }>`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`;

export const RESET_PASSWORD = gql<{ resetPassword: boolean }, { token: string; newPassword: string }>`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`;
