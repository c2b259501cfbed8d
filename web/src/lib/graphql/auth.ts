import { graphql } from "./generated";

// Sign-up, sign-in and token operations. Each document carries its result and variable types,
// generated from the schema (pnpm codegen).

graphql(`
  fragment AuthPayloadFields on AuthPayload {
    user {
      ...UserFields
    }
    accessToken
    accessTokenExpiresAt
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...UserFields
    }
  }
`);

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      user {
        ...UserFields
      }
      otpExpiresAt
    }
  }
`);

export const VERIFY_OTP = graphql(`
  mutation VerifyOtp($email: String!, $code: String!) {
    verifyOtp(email: $email, code: $code) {
      ...AuthPayloadFields
    }
  }
`);

export const RESEND_OTP = graphql(`
  mutation ResendOtp($email: String!) {
    resendOtp(email: $email)
  }
`);

export const LOGIN = graphql(`
  mutation Login($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      ...AuthPayloadFields
    }
  }
`);

export const REFRESH_TOKEN = graphql(`
  mutation RefreshToken {
    refreshToken {
      ...AuthPayloadFields
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);
