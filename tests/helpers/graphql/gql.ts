/* eslint-disable */
import * as types from "./graphql.ts";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  query BenchMe {\n    me {\n      id\n      username\n      email\n      pendingEmail\n      name\n      bio\n      avatarUrl\n      role\n      emailVerified\n      disabled\n      createdAt\n      updatedAt\n      lastLoginAt\n    }\n  }\n": typeof types.BenchMeDocument;
  "\n  mutation BenchLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.BenchLoginDocument;
  "\n  query BenchUsers($after: String, $filter: UserFilter) {\n    users(first: 20, after: $after, filter: $filter) {\n      nodes {\n        id\n        username\n        email\n        name\n        role\n        emailVerified\n        disabled\n        createdAt\n        lastLoginAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BenchUsersDocument;
  "\n  fragment UserFields on User {\n    id\n    username\n    email\n    pendingEmail\n    name\n    bio\n    avatarUrl\n    role\n    emailVerified\n    disabled\n    createdAt\n    updatedAt\n    lastLoginAt\n    mfaEnabled\n    passkeyCount\n  }\n": typeof types.UserFieldsFragmentDoc;
  "\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backedUp\n  }\n": typeof types.PasskeyFieldsFragmentDoc;
  "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        ...UserFields\n      }\n      otpExpiresAt\n      registrationKey\n    }\n  }\n": typeof types.RegisterDocument;
  "\n  mutation VerifyOtp($email: String!, $code: String!) {\n    verifyOtp(email: $email, code: $code) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.VerifyOtpDocument;
  "\n  mutation ResendOtp($email: String!, $registrationKey: String) {\n    resendOtp(email: $email, registrationKey: $registrationKey)\n  }\n": typeof types.ResendOtpDocument;
  "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.LoginDocument;
  "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": typeof types.MeDocument;
  "\n  mutation RefreshToken($token: String) {\n    refreshToken(token: $token) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.RefreshTokenDocument;
  "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument;
  "\n  mutation LogoutAll {\n    logoutAll\n  }\n": typeof types.LogoutAllDocument;
  "\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      ip\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n": typeof types.SessionsDocument;
  "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument;
  "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument;
  "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument;
  "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateProfileDocument;
  "\n  mutation ReplaceProfile($input: ReplaceProfileInput!) {\n    replaceProfile(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ReplaceProfileDocument;
  "\n  mutation UploadAvatar($file: Upload!) {\n    uploadAvatar(file: $file) {\n      ...UserFields\n    }\n  }\n": typeof types.UploadAvatarDocument;
  "\n  mutation RemoveAvatar {\n    removeAvatar {\n      ...UserFields\n    }\n  }\n": typeof types.RemoveAvatarDocument;
  "\n  query Users($filter: UserFilter, $first: Int, $after: String, $orderBy: UserOrder) {\n    users(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      nodes {\n        ...UserFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument;
  "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserDocument;
  "\n  query AdminStats {\n    adminStats {\n      users\n      verified\n      admins\n      disabled\n      mfaEnabled\n      activeSessions\n    }\n  }\n": typeof types.AdminStatsDocument;
  "\n  query AuditLog($first: Int, $after: String, $userId: ID) {\n    auditLog(first: $first, after: $after, userId: $userId) {\n      nodes {\n        id\n        action\n        ip\n        detail\n        createdAt\n        actorLabel\n        targetLabel\n        actor {\n          id\n          username\n        }\n        target {\n          id\n          username\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument;
  "\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserRoleDocument;
  "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserDisabledDocument;
  "\n  mutation AdminSendPasswordReset($id: ID!) {\n    adminSendPasswordReset(id: $id)\n  }\n": typeof types.AdminSendPasswordResetDocument;
  "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.DeleteUserDocument;
  "\n  mutation AdminResetMfa($id: ID!) {\n    adminResetMfa(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.AdminResetMfaDocument;
  "\n  mutation StartTotpEnrollment($currentPassword: String!) {\n    startTotpEnrollment(currentPassword: $currentPassword) {\n      secret\n      otpauthUrl\n      qrCodeSvg\n    }\n  }\n": typeof types.StartTotpEnrollmentDocument;
  "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrollmentDocument;
  "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument;
  "\n  mutation DisableMfa($currentPassword: String!, $code: String!) {\n    disableMfa(currentPassword: $currentPassword, code: $code) {\n      ...UserFields\n    }\n  }\n": typeof types.DisableMfaDocument;
  "\n  mutation VerifyMfa($mfaToken: String!, $code: String!) {\n    verifyMfa(mfaToken: $mfaToken, code: $code) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      refreshToken\n      recoveryCodesLeft\n    }\n  }\n": typeof types.VerifyMfaDocument;
  "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n": typeof types.PasskeyRegistrationOptionsDocument;
  "\n  mutation RegisterPasskey($response: JSON!, $name: String) {\n    registerPasskey(response: $response, name: $name) {\n      ...PasskeyFields\n    }\n  }\n": typeof types.RegisterPasskeyDocument;
  "\n  mutation PasskeyLoginOptions($identifier: String) {\n    passkeyLoginOptions(identifier: $identifier) {\n      challengeId\n      options\n    }\n  }\n": typeof types.PasskeyLoginOptionsDocument;
  "\n  mutation LoginWithPasskey($challengeId: ID!, $response: JSON!) {\n    loginWithPasskey(challengeId: $challengeId, response: $response) {\n      user {\n        ...UserFields\n      }\n      accessToken\n    }\n  }\n": typeof types.LoginWithPasskeyDocument;
  "\n  query Passkeys {\n    passkeys {\n      ...PasskeyFields\n    }\n    me {\n      passkeyCount\n    }\n  }\n": typeof types.PasskeysDocument;
  "\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      ...PasskeyFields\n    }\n  }\n": typeof types.RenamePasskeyDocument;
  "\n  mutation DeletePasskey($id: ID!) {\n    deletePasskey(id: $id)\n  }\n": typeof types.DeletePasskeyDocument;
};
const documents: Documents = {
  "\n  query BenchMe {\n    me {\n      id\n      username\n      email\n      pendingEmail\n      name\n      bio\n      avatarUrl\n      role\n      emailVerified\n      disabled\n      createdAt\n      updatedAt\n      lastLoginAt\n    }\n  }\n":
    types.BenchMeDocument,
  "\n  mutation BenchLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      user {\n        id\n        role\n      }\n    }\n  }\n":
    types.BenchLoginDocument,
  "\n  query BenchUsers($after: String, $filter: UserFilter) {\n    users(first: 20, after: $after, filter: $filter) {\n      nodes {\n        id\n        username\n        email\n        name\n        role\n        emailVerified\n        disabled\n        createdAt\n        lastLoginAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.BenchUsersDocument,
  "\n  fragment UserFields on User {\n    id\n    username\n    email\n    pendingEmail\n    name\n    bio\n    avatarUrl\n    role\n    emailVerified\n    disabled\n    createdAt\n    updatedAt\n    lastLoginAt\n    mfaEnabled\n    passkeyCount\n  }\n":
    types.UserFieldsFragmentDoc,
  "\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backedUp\n  }\n": types.PasskeyFieldsFragmentDoc,
  "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        ...UserFields\n      }\n      otpExpiresAt\n      registrationKey\n    }\n  }\n":
    types.RegisterDocument,
  "\n  mutation VerifyOtp($email: String!, $code: String!) {\n    verifyOtp(email: $email, code: $code) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n":
    types.VerifyOtpDocument,
  "\n  mutation ResendOtp($email: String!, $registrationKey: String) {\n    resendOtp(email: $email, registrationKey: $registrationKey)\n  }\n": types.ResendOtpDocument,
  "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n":
    types.LoginDocument,
  "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": types.MeDocument,
  "\n  mutation RefreshToken($token: String) {\n    refreshToken(token: $token) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n":
    types.RefreshTokenDocument,
  "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
  "\n  mutation LogoutAll {\n    logoutAll\n  }\n": types.LogoutAllDocument,
  "\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      ip\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n":
    types.SessionsDocument,
  "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
  "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
  "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
  "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateProfileDocument,
  "\n  mutation ReplaceProfile($input: ReplaceProfileInput!) {\n    replaceProfile(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ReplaceProfileDocument,
  "\n  mutation UploadAvatar($file: Upload!) {\n    uploadAvatar(file: $file) {\n      ...UserFields\n    }\n  }\n": types.UploadAvatarDocument,
  "\n  mutation RemoveAvatar {\n    removeAvatar {\n      ...UserFields\n    }\n  }\n": types.RemoveAvatarDocument,
  "\n  query Users($filter: UserFilter, $first: Int, $after: String, $orderBy: UserOrder) {\n    users(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      nodes {\n        ...UserFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.UsersDocument,
  "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserDocument,
  "\n  query AdminStats {\n    adminStats {\n      users\n      verified\n      admins\n      disabled\n      mfaEnabled\n      activeSessions\n    }\n  }\n":
    types.AdminStatsDocument,
  "\n  query AuditLog($first: Int, $after: String, $userId: ID) {\n    auditLog(first: $first, after: $after, userId: $userId) {\n      nodes {\n        id\n        action\n        ip\n        detail\n        createdAt\n        actorLabel\n        targetLabel\n        actor {\n          id\n          username\n        }\n        target {\n          id\n          username\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.AuditLogDocument,
  "\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      ...UserFields\n    }\n  }\n": types.SetUserRoleDocument,
  "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n":
    types.SetUserDisabledDocument,
  "\n  mutation AdminSendPasswordReset($id: ID!) {\n    adminSendPasswordReset(id: $id)\n  }\n": types.AdminSendPasswordResetDocument,
  "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.DeleteUserDocument,
  "\n  mutation AdminResetMfa($id: ID!) {\n    adminResetMfa(id: $id) {\n      ...UserFields\n    }\n  }\n": types.AdminResetMfaDocument,
  "\n  mutation StartTotpEnrollment($currentPassword: String!) {\n    startTotpEnrollment(currentPassword: $currentPassword) {\n      secret\n      otpauthUrl\n      qrCodeSvg\n    }\n  }\n":
    types.StartTotpEnrollmentDocument,
  "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrollmentDocument,
  "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
  "\n  mutation DisableMfa($currentPassword: String!, $code: String!) {\n    disableMfa(currentPassword: $currentPassword, code: $code) {\n      ...UserFields\n    }\n  }\n":
    types.DisableMfaDocument,
  "\n  mutation VerifyMfa($mfaToken: String!, $code: String!) {\n    verifyMfa(mfaToken: $mfaToken, code: $code) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      refreshToken\n      recoveryCodesLeft\n    }\n  }\n":
    types.VerifyMfaDocument,
  "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n": types.PasskeyRegistrationOptionsDocument,
  "\n  mutation RegisterPasskey($response: JSON!, $name: String) {\n    registerPasskey(response: $response, name: $name) {\n      ...PasskeyFields\n    }\n  }\n":
    types.RegisterPasskeyDocument,
  "\n  mutation PasskeyLoginOptions($identifier: String) {\n    passkeyLoginOptions(identifier: $identifier) {\n      challengeId\n      options\n    }\n  }\n":
    types.PasskeyLoginOptionsDocument,
  "\n  mutation LoginWithPasskey($challengeId: ID!, $response: JSON!) {\n    loginWithPasskey(challengeId: $challengeId, response: $response) {\n      user {\n        ...UserFields\n      }\n      accessToken\n    }\n  }\n":
    types.LoginWithPasskeyDocument,
  "\n  query Passkeys {\n    passkeys {\n      ...PasskeyFields\n    }\n    me {\n      passkeyCount\n    }\n  }\n": types.PasskeysDocument,
  "\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      ...PasskeyFields\n    }\n  }\n": types.RenamePasskeyDocument,
  "\n  mutation DeletePasskey($id: ID!) {\n    deletePasskey(id: $id)\n  }\n": types.DeletePasskeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BenchMe {\n    me {\n      id\n      username\n      email\n      pendingEmail\n      name\n      bio\n      avatarUrl\n      role\n      emailVerified\n      disabled\n      createdAt\n      updatedAt\n      lastLoginAt\n    }\n  }\n",
): (typeof documents)["\n  query BenchMe {\n    me {\n      id\n      username\n      email\n      pendingEmail\n      name\n      bio\n      avatarUrl\n      role\n      emailVerified\n      disabled\n      createdAt\n      updatedAt\n      lastLoginAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation BenchLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      user {\n        id\n        role\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation BenchLogin($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BenchUsers($after: String, $filter: UserFilter) {\n    users(first: 20, after: $after, filter: $filter) {\n      nodes {\n        id\n        username\n        email\n        name\n        role\n        emailVerified\n        disabled\n        createdAt\n        lastLoginAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): (typeof documents)["\n  query BenchUsers($after: String, $filter: UserFilter) {\n    users(first: 20, after: $after, filter: $filter) {\n      nodes {\n        id\n        username\n        email\n        name\n        role\n        emailVerified\n        disabled\n        createdAt\n        lastLoginAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment UserFields on User {\n    id\n    username\n    email\n    pendingEmail\n    name\n    bio\n    avatarUrl\n    role\n    emailVerified\n    disabled\n    createdAt\n    updatedAt\n    lastLoginAt\n    mfaEnabled\n    passkeyCount\n  }\n",
): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    email\n    pendingEmail\n    name\n    bio\n    avatarUrl\n    role\n    emailVerified\n    disabled\n    createdAt\n    updatedAt\n    lastLoginAt\n    mfaEnabled\n    passkeyCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backedUp\n  }\n",
): (typeof documents)["\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backedUp\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        ...UserFields\n      }\n      otpExpiresAt\n      registrationKey\n    }\n  }\n",
): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        ...UserFields\n      }\n      otpExpiresAt\n      registrationKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation VerifyOtp($email: String!, $code: String!) {\n    verifyOtp(email: $email, code: $code) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n",
): (typeof documents)["\n  mutation VerifyOtp($email: String!, $code: String!) {\n    verifyOtp(email: $email, code: $code) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ResendOtp($email: String!, $registrationKey: String) {\n    resendOtp(email: $email, registrationKey: $registrationKey)\n  }\n",
): (typeof documents)["\n  mutation ResendOtp($email: String!, $registrationKey: String) {\n    resendOtp(email: $email, registrationKey: $registrationKey)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n",
): (typeof documents)["\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RefreshToken($token: String) {\n    refreshToken(token: $token) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n",
): (typeof documents)["\n  mutation RefreshToken($token: String) {\n    refreshToken(token: $token) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutAll {\n    logoutAll\n  }\n"): (typeof documents)["\n  mutation LogoutAll {\n    logoutAll\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      ip\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n",
): (typeof documents)["\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      ip\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n",
): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n",
): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n",
): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...UserFields\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ReplaceProfile($input: ReplaceProfileInput!) {\n    replaceProfile(input: $input) {\n      ...UserFields\n    }\n  }\n",
): (typeof documents)["\n  mutation ReplaceProfile($input: ReplaceProfileInput!) {\n    replaceProfile(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UploadAvatar($file: Upload!) {\n    uploadAvatar(file: $file) {\n      ...UserFields\n    }\n  }\n",
): (typeof documents)["\n  mutation UploadAvatar($file: Upload!) {\n    uploadAvatar(file: $file) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RemoveAvatar {\n    removeAvatar {\n      ...UserFields\n    }\n  }\n",
): (typeof documents)["\n  mutation RemoveAvatar {\n    removeAvatar {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Users($filter: UserFilter, $first: Int, $after: String, $orderBy: UserOrder) {\n    users(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      nodes {\n        ...UserFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): (typeof documents)["\n  query Users($filter: UserFilter, $first: Int, $after: String, $orderBy: UserOrder) {\n    users(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      nodes {\n        ...UserFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n",
): (typeof documents)["\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AdminStats {\n    adminStats {\n      users\n      verified\n      admins\n      disabled\n      mfaEnabled\n      activeSessions\n    }\n  }\n",
): (typeof documents)["\n  query AdminStats {\n    adminStats {\n      users\n      verified\n      admins\n      disabled\n      mfaEnabled\n      activeSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AuditLog($first: Int, $after: String, $userId: ID) {\n    auditLog(first: $first, after: $after, userId: $userId) {\n      nodes {\n        id\n        action\n        ip\n        detail\n        createdAt\n        actorLabel\n        targetLabel\n        actor {\n          id\n          username\n        }\n        target {\n          id\n          username\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $userId: ID) {\n    auditLog(first: $first, after: $after, userId: $userId) {\n      nodes {\n        id\n        action\n        ip\n        detail\n        createdAt\n        actorLabel\n        targetLabel\n        actor {\n          id\n          username\n        }\n        target {\n          id\n          username\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      ...UserFields\n    }\n  }\n",
): (typeof documents)["\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n",
): (typeof documents)["\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AdminSendPasswordReset($id: ID!) {\n    adminSendPasswordReset(id: $id)\n  }\n",
): (typeof documents)["\n  mutation AdminSendPasswordReset($id: ID!) {\n    adminSendPasswordReset(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n",
): (typeof documents)["\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AdminResetMfa($id: ID!) {\n    adminResetMfa(id: $id) {\n      ...UserFields\n    }\n  }\n",
): (typeof documents)["\n  mutation AdminResetMfa($id: ID!) {\n    adminResetMfa(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StartTotpEnrollment($currentPassword: String!) {\n    startTotpEnrollment(currentPassword: $currentPassword) {\n      secret\n      otpauthUrl\n      qrCodeSvg\n    }\n  }\n",
): (typeof documents)["\n  mutation StartTotpEnrollment($currentPassword: String!) {\n    startTotpEnrollment(currentPassword: $currentPassword) {\n      secret\n      otpauthUrl\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n",
): (typeof documents)["\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n",
): (typeof documents)["\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DisableMfa($currentPassword: String!, $code: String!) {\n    disableMfa(currentPassword: $currentPassword, code: $code) {\n      ...UserFields\n    }\n  }\n",
): (typeof documents)["\n  mutation DisableMfa($currentPassword: String!, $code: String!) {\n    disableMfa(currentPassword: $currentPassword, code: $code) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation VerifyMfa($mfaToken: String!, $code: String!) {\n    verifyMfa(mfaToken: $mfaToken, code: $code) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      refreshToken\n      recoveryCodesLeft\n    }\n  }\n",
): (typeof documents)["\n  mutation VerifyMfa($mfaToken: String!, $code: String!) {\n    verifyMfa(mfaToken: $mfaToken, code: $code) {\n      user {\n        ...UserFields\n      }\n      accessToken\n      refreshToken\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n",
): (typeof documents)["\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterPasskey($response: JSON!, $name: String) {\n    registerPasskey(response: $response, name: $name) {\n      ...PasskeyFields\n    }\n  }\n",
): (typeof documents)["\n  mutation RegisterPasskey($response: JSON!, $name: String) {\n    registerPasskey(response: $response, name: $name) {\n      ...PasskeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PasskeyLoginOptions($identifier: String) {\n    passkeyLoginOptions(identifier: $identifier) {\n      challengeId\n      options\n    }\n  }\n",
): (typeof documents)["\n  mutation PasskeyLoginOptions($identifier: String) {\n    passkeyLoginOptions(identifier: $identifier) {\n      challengeId\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation LoginWithPasskey($challengeId: ID!, $response: JSON!) {\n    loginWithPasskey(challengeId: $challengeId, response: $response) {\n      user {\n        ...UserFields\n      }\n      accessToken\n    }\n  }\n",
): (typeof documents)["\n  mutation LoginWithPasskey($challengeId: ID!, $response: JSON!) {\n    loginWithPasskey(challengeId: $challengeId, response: $response) {\n      user {\n        ...UserFields\n      }\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Passkeys {\n    passkeys {\n      ...PasskeyFields\n    }\n    me {\n      passkeyCount\n    }\n  }\n",
): (typeof documents)["\n  query Passkeys {\n    passkeys {\n      ...PasskeyFields\n    }\n    me {\n      passkeyCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      ...PasskeyFields\n    }\n  }\n",
): (typeof documents)["\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      ...PasskeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DeletePasskey($id: ID!) {\n    deletePasskey(id: $id)\n  }\n",
): (typeof documents)["\n  mutation DeletePasskey($id: ID!) {\n    deletePasskey(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
