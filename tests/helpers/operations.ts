// The operations the tests (and the bench's load test) send, once each, as typed documents
// generated from the schema (pnpm codegen): results and variables are typed at every call.
// A test that means to send something malformed or unusual keeps its own string.
import { graphql } from "./graphql/index.ts";

graphql(`
  fragment UserFields on User {
    id
    username
    email
    pendingEmail
    name
    bio
    avatarUrl
    role
    emailVerified
    disabled
    createdAt
    updatedAt
    lastLoginAt
    mfaEnabled
    passkeyCount
  }
`);

graphql(`
  fragment PasskeyFields on Passkey {
    id
    name
    createdAt
    lastUsedAt
    backedUp
  }
`);

// accounts and sign-in

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      user {
        ...UserFields
      }
      otpExpiresAt
      registrationKey
    }
  }
`);

export const VERIFY = graphql(`
  mutation VerifyOtp($email: String!, $code: String!) {
    verifyOtp(email: $email, code: $code) {
      user {
        ...UserFields
      }
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const RESEND = graphql(`
  mutation ResendOtp($email: String!, $registrationKey: String) {
    resendOtp(email: $email, registrationKey: $registrationKey)
  }
`);

export const LOGIN = graphql(`
  mutation Login($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      user {
        ...UserFields
      }
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...UserFields
    }
  }
`);

export const REFRESH = graphql(`
  mutation RefreshToken($token: String) {
    refreshToken(token: $token) {
      user {
        ...UserFields
      }
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const LOGOUT_ALL = graphql(`
  mutation LogoutAll {
    logoutAll
  }
`);

export const SESSIONS = graphql(`
  query Sessions {
    sessions {
      id
      userAgent
      ip
      current
      createdAt
      lastUsedAt
      expiresAt
    }
  }
`);

export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

// profile and avatar

export const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...UserFields
    }
  }
`);

export const REPLACE_PROFILE = graphql(`
  mutation ReplaceProfile($input: ReplaceProfileInput!) {
    replaceProfile(input: $input) {
      ...UserFields
    }
  }
`);

export const UPLOAD_AVATAR = graphql(`
  mutation UploadAvatar($file: Upload!) {
    uploadAvatar(file: $file) {
      ...UserFields
    }
  }
`);

export const REMOVE_AVATAR = graphql(`
  mutation RemoveAvatar {
    removeAvatar {
      ...UserFields
    }
  }
`);

// admin

export const USERS = graphql(`
  query Users($filter: UserFilter, $first: Int, $after: String, $orderBy: UserOrder) {
    users(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      nodes {
        ...UserFields
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const USER = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const STATS = graphql(`
  query AdminStats {
    adminStats {
      users
      verified
      admins
      disabled
      mfaEnabled
      activeSessions
    }
  }
`);

export const AUDIT = graphql(`
  query AuditLog($first: Int, $after: String, $userId: ID) {
    auditLog(first: $first, after: $after, userId: $userId) {
      nodes {
        id
        action
        ip
        detail
        createdAt
        actorLabel
        targetLabel
        actor {
          id
          username
        }
        target {
          id
          username
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SET_ROLE = graphql(`
  mutation SetUserRole($id: ID!, $role: Role!) {
    setUserRole(id: $id, role: $role) {
      ...UserFields
    }
  }
`);

export const SET_DISABLED = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      ...UserFields
    }
  }
`);

export const SEND_RESET = graphql(`
  mutation AdminSendPasswordReset($id: ID!) {
    adminSendPasswordReset(id: $id)
  }
`);

export const DELETE_USER = graphql(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`);

export const RESET_MFA = graphql(`
  mutation AdminResetMfa($id: ID!) {
    adminResetMfa(id: $id) {
      ...UserFields
    }
  }
`);

// two-factor

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

export const REGENERATE_CODES = graphql(`
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
      accessToken
      refreshToken
      recoveryCodesLeft
    }
  }
`);

// passkeys

export const PASSKEY_REGISTRATION_OPTIONS = graphql(`
  mutation PasskeyRegistrationOptions {
    passkeyRegistrationOptions
  }
`);

export const REGISTER_PASSKEY = graphql(`
  mutation RegisterPasskey($response: JSON!, $name: String) {
    registerPasskey(response: $response, name: $name) {
      ...PasskeyFields
    }
  }
`);

export const PASSKEY_LOGIN_OPTIONS = graphql(`
  mutation PasskeyLoginOptions($identifier: String) {
    passkeyLoginOptions(identifier: $identifier) {
      challengeId
      options
    }
  }
`);

export const LOGIN_WITH_PASSKEY = graphql(`
  mutation LoginWithPasskey($challengeId: ID!, $response: JSON!) {
    loginWithPasskey(challengeId: $challengeId, response: $response) {
      user {
        ...UserFields
      }
      accessToken
    }
  }
`);

export const PASSKEYS = graphql(`
  query Passkeys {
    passkeys {
      ...PasskeyFields
    }
    me {
      passkeyCount
    }
  }
`);

export const RENAME_PASSKEY = graphql(`
  mutation RenamePasskey($id: ID!, $name: String!) {
    renamePasskey(id: $id, name: $name) {
      ...PasskeyFields
    }
  }
`);

export const DELETE_PASSKEY = graphql(`
  mutation DeletePasskey($id: ID!) {
    deletePasskey(id: $id)
  }
`);
