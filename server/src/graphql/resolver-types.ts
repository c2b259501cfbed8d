import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import type { User as UserRow, Session as SessionRow, Passkey as PasskeyRow, AuditEvent as AuditEventRow } from "../db/types.ts";
import type { Context } from "./context.ts";
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** ISO-8601 date and time */
  DateTime: { input: Date; output: Date };
  /** WebAuthn options and responses, as @simplewebauthn's JSON shapes */
  JSON: { input: unknown; output: unknown };
  /** The `Upload` scalar type represents a file upload. */
  Upload: { input: Promise<import("./uploads.ts").FileUpload>; output: Promise<import("./uploads.ts").FileUpload> };
};

export type AdminStats = {
  __typename?: "AdminStats";
  /** live sessions: neither revoked nor expired */
  activeSessions: Scalars["Int"]["output"];
  /** ADMIN and SUPER_ADMIN */
  admins: Scalars["Int"]["output"];
  disabled: Scalars["Int"]["output"];
  /** accounts with a second factor on */
  mfaEnabled: Scalars["Int"]["output"];
  users: Scalars["Int"]["output"];
  verified: Scalars["Int"]["output"];
};

export type AuditConnection = {
  __typename?: "AuditConnection";
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type AuditEvent = {
  __typename?: "AuditEvent";
  action: Scalars["String"]["output"];
  /** null once the user is deleted: actorLabel still names them */
  actor?: Maybe<User>;
  /** the actor's username when the event was written */
  actorLabel?: Maybe<Scalars["String"]["output"]>;
  createdAt: Scalars["DateTime"]["output"];
  detail?: Maybe<Scalars["String"]["output"]>;
  id: Scalars["ID"]["output"];
  ip?: Maybe<Scalars["String"]["output"]>;
  target?: Maybe<User>;
  /** the target's username when the event was written */
  targetLabel?: Maybe<Scalars["String"]["output"]>;
};

export type AuthPayload = {
  __typename?: "AuthPayload";
  accessToken: Scalars["String"]["output"];
  accessTokenExpiresAt: Scalars["DateTime"]["output"];
  /** after a sign-in with a recovery code: how many are left; null otherwise */
  recoveryCodesLeft?: Maybe<Scalars["Int"]["output"]>;
  /** The refresh token, for clients that are not browsers; null for browser requests, which get it only as an HttpOnly cookie. */
  refreshToken?: Maybe<Scalars["String"]["output"]>;
  user: User;
};

export type Mutation = {
  __typename?: "Mutation";
  /** lost device: turns the user's MFA off, mails them a notice */
  adminResetMfa: User;
  /** an admin starts a reset, never sets a password */
  adminSendPasswordReset: Scalars["Boolean"]["output"];
  /** turns MFA on; returns the recovery codes */
  confirmTotpEnrollment: RecoveryCodes;
  /** the last passkey of an account without a password cannot be removed */
  deletePasskey: Scalars["Boolean"]["output"];
  deleteUser: Scalars["Boolean"]["output"];
  /** code: TOTP or recovery code */
  disableMfa: User;
  /** identifier: email or username */
  login: AuthPayload;
  /** a verified passkey (user verification required) signs in directly, also an account with MFA on */
  loginWithPasskey: AuthPayload;
  logout: Scalars["Boolean"]["output"];
  logoutAll: Scalars["Boolean"]["output"];
  /** no identifier: discoverable credentials (the authenticator says whose passkey it is) */
  passkeyLoginOptions: PasskeyChallenge;
  /** options for navigator.credentials.create (5 minutes, single use); RP ID = WEBAUTHN_RP_ID, user verification required */
  passkeyRegistrationOptions: Scalars["JSON"]["output"];
  /** token from the argument, else from the cookie */
  refreshToken: AuthPayload;
  /** needs a current TOTP code; old codes die */
  regenerateRecoveryCodes: RecoveryCodes;
  register: RegisterPayload;
  /** the authenticator's response to those options; name defaults to the device (e.g. Chrome on Linux) */
  registerPasskey: Passkey;
  /** remove the viewer's avatar */
  removeAvatar: User;
  renamePasskey: Passkey;
  /** full update of the viewer's profile */
  replaceProfile: User;
  /** Mails a reset link to the address if it belongs to an account (at most 5 an hour). Always true: tells nothing about the address. */
  requestPasswordReset: Scalars["Boolean"]["output"];
  /** always true: tells nothing about the address. registrationKey: from RegisterPayload (browsers send it as a cookie); without it a new account's password does not survive verification by the resent code */
  resendOtp: Scalars["Boolean"]["output"];
  /** Sets a new password with the token from the link (1 hour, single use) and ends every session. A rejected password leaves the token usable. */
  resetPassword: Scalars["Boolean"]["output"];
  revokeSession: Scalars["Boolean"]["output"];
  /** disabling also revokes every session */
  setUserDisabled: User;
  setUserRole: User;
  /** TOTP (RFC 6238: SHA-1, 6 digits, 30 s steps, one step of drift either way); pending until confirmed */
  startTotpEnrollment: TotpEnrollment;
  /** partial update of the viewer's profile */
  updateProfile: User;
  /**
   * Set the viewer's avatar: a PNG, JPEG, WebP or GIF (judged by content) of at most 2 MiB and
   * 4096×4096 px, re-encoded without metadata. Send it as a GraphQL multipart request
   * (multipart/form-data with the fields operations, map and the file). CSRF prevention is on,
   * so the request must carry the header `x-mercurius-operation-name: <operation name>` or
   * `mercurius-require-preflight: true`.
   */
  uploadAvatar: User;
  /** second step of login: the mfaToken of MFA_REQUIRED and a TOTP or recovery code */
  verifyMfa: AuthPayload;
  /** verifies an address (or confirms a pendingEmail) and signs in */
  verifyOtp: AuthPayload;
};

export type MutationAdminResetMfaArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationAdminSendPasswordResetArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationConfirmTotpEnrollmentArgs = {
  code: Scalars["String"]["input"];
};

export type MutationDeletePasskeyArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationDeleteUserArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationDisableMfaArgs = {
  code: Scalars["String"]["input"];
  currentPassword: Scalars["String"]["input"];
};

export type MutationLoginArgs = {
  identifier: Scalars["String"]["input"];
  password: Scalars["String"]["input"];
};

export type MutationLoginWithPasskeyArgs = {
  challengeId: Scalars["ID"]["input"];
  response: Scalars["JSON"]["input"];
};

export type MutationPasskeyLoginOptionsArgs = {
  identifier?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationRefreshTokenArgs = {
  token?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationRegenerateRecoveryCodesArgs = {
  code: Scalars["String"]["input"];
};

export type MutationRegisterArgs = {
  input: RegisterInput;
};

export type MutationRegisterPasskeyArgs = {
  name?: InputMaybe<Scalars["String"]["input"]>;
  response: Scalars["JSON"]["input"];
};

export type MutationRenamePasskeyArgs = {
  id: Scalars["ID"]["input"];
  name: Scalars["String"]["input"];
};

export type MutationReplaceProfileArgs = {
  input: ReplaceProfileInput;
};

export type MutationRequestPasswordResetArgs = {
  email: Scalars["String"]["input"];
};

export type MutationResendOtpArgs = {
  email: Scalars["String"]["input"];
  registrationKey?: InputMaybe<Scalars["String"]["input"]>;
};

export type MutationResetPasswordArgs = {
  newPassword: Scalars["String"]["input"];
  token: Scalars["String"]["input"];
};

export type MutationRevokeSessionArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationSetUserDisabledArgs = {
  disabled: Scalars["Boolean"]["input"];
  id: Scalars["ID"]["input"];
};

export type MutationSetUserRoleArgs = {
  id: Scalars["ID"]["input"];
  role: Role;
};

export type MutationStartTotpEnrollmentArgs = {
  currentPassword: Scalars["String"]["input"];
};

export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};

export type MutationUploadAvatarArgs = {
  file: Scalars["Upload"]["input"];
};

export type MutationVerifyMfaArgs = {
  code: Scalars["String"]["input"];
  mfaToken: Scalars["String"]["input"];
};

export type MutationVerifyOtpArgs = {
  code: Scalars["String"]["input"];
  email: Scalars["String"]["input"];
};

export type PageInfo = {
  __typename?: "PageInfo";
  endCursor?: Maybe<Scalars["String"]["output"]>;
  hasNextPage: Scalars["Boolean"]["output"];
};

/** A passkey (WebAuthn credential) of the viewer. */
export type Passkey = {
  __typename?: "Passkey";
  /** synced to the cloud by its provider (the authenticator's backup state flag) */
  backedUp: Scalars["Boolean"]["output"];
  createdAt: Scalars["DateTime"]["output"];
  id: Scalars["ID"]["output"];
  lastUsedAt?: Maybe<Scalars["DateTime"]["output"]>;
  name: Scalars["String"]["output"];
};

/** Options for navigator.credentials.get; the response goes back to loginWithPasskey with challengeId. */
export type PasskeyChallenge = {
  __typename?: "PasskeyChallenge";
  challengeId: Scalars["ID"]["output"];
  options: Scalars["JSON"]["output"];
};

export type Query = {
  __typename?: "Query";
  adminStats: AdminStats;
  /** newest first; userId: only events where that user is actor or target; first: 1 to 200 */
  auditLog: AuditConnection;
  /** null when no credentials are sent; an expired or bad token is UNAUTHENTICATED */
  me?: Maybe<User>;
  /** the viewer's passkeys, oldest first */
  passkeys: Array<Passkey>;
  sessions: Array<Session>;
  /** null when there is no such user */
  user?: Maybe<User>;
  /** first: 1 to 100 (more is capped at 100); after: an endCursor of the same orderBy */
  users: UserConnection;
};

export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  userId?: InputMaybe<Scalars["ID"]["input"]>;
};

export type QueryUserArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryUsersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  orderBy?: InputMaybe<UserOrder>;
};

/** Shown once: only their hashes are kept. 10 codes, each good for one sign-in. */
export type RecoveryCodes = {
  __typename?: "RecoveryCodes";
  codes: Array<Scalars["String"]["output"]>;
};

export type RegisterInput = {
  email: Scalars["String"]["input"];
  name?: InputMaybe<Scalars["String"]["input"]>;
  password: Scalars["String"]["input"];
  username: Scalars["String"]["input"];
};

export type RegisterPayload = {
  __typename?: "RegisterPayload";
  otpExpiresAt: Scalars["DateTime"]["output"];
  /** Proves a later resendOtp comes from this registration (pass it there), for clients that are not browsers; null for browser requests, which get it as an HttpOnly cookie. */
  registrationKey?: Maybe<Scalars["String"]["output"]>;
  user: User;
};

/** Full: every profile field must be given; an empty name or bio clears it. */
export type ReplaceProfileInput = {
  bio: Scalars["String"]["input"];
  /** required when email or password changes */
  currentPassword?: InputMaybe<Scalars["String"]["input"]>;
  email: Scalars["String"]["input"];
  /** with MFA on, an email or password change needs a current code too (TOTP or recovery code) */
  mfaCode?: InputMaybe<Scalars["String"]["input"]>;
  name: Scalars["String"]["input"];
  password?: InputMaybe<Scalars["String"]["input"]>;
  username: Scalars["String"]["input"];
};

export type Role = "ADMIN" | "SUPER_ADMIN" | "USER";

export type Session = {
  __typename?: "Session";
  createdAt: Scalars["DateTime"]["output"];
  /** this is the session of the request */
  current: Scalars["Boolean"]["output"];
  expiresAt: Scalars["DateTime"]["output"];
  id: Scalars["ID"]["output"];
  ip?: Maybe<Scalars["String"]["output"]>;
  lastUsedAt: Scalars["DateTime"]["output"];
  userAgent?: Maybe<Scalars["String"]["output"]>;
};

/** A TOTP set-up waiting for its first code. secret: 160 random bits, base32, for manual entry. */
export type TotpEnrollment = {
  __typename?: "TotpEnrollment";
  otpauthUrl: Scalars["String"]["output"];
  /** the otpauthUrl as a QR code (SVG), made on the server */
  qrCodeSvg: Scalars["String"]["output"];
  secret: Scalars["String"]["output"];
};

/** Partial: omitted fields stay as they are; null clears name or bio (username and email cannot be cleared). */
export type UpdateProfileInput = {
  bio?: InputMaybe<Scalars["String"]["input"]>;
  /** required when email or password changes */
  currentPassword?: InputMaybe<Scalars["String"]["input"]>;
  /** a new address becomes pendingEmail and gets a code; it replaces email once verifyOtp confirms it */
  email?: InputMaybe<Scalars["String"]["input"]>;
  /** with MFA on, an email or password change needs a current code too (TOTP or recovery code) */
  mfaCode?: InputMaybe<Scalars["String"]["input"]>;
  name?: InputMaybe<Scalars["String"]["input"]>;
  /** a new password ends every other session */
  password?: InputMaybe<Scalars["String"]["input"]>;
  username?: InputMaybe<Scalars["String"]["input"]>;
};

export type User = {
  __typename?: "User";
  /** absolute path under /uploads/avatars/, or null */
  avatarUrl?: Maybe<Scalars["String"]["output"]>;
  bio?: Maybe<Scalars["String"]["output"]>;
  createdAt: Scalars["DateTime"]["output"];
  disabled: Scalars["Boolean"]["output"];
  email: Scalars["String"]["output"];
  emailVerified: Scalars["Boolean"]["output"];
  id: Scalars["ID"]["output"];
  lastLoginAt?: Maybe<Scalars["DateTime"]["output"]>;
  /** a second factor (TOTP) is on */
  mfaEnabled: Scalars["Boolean"]["output"];
  name?: Maybe<Scalars["String"]["output"]>;
  /** how many passkeys the account has */
  passkeyCount: Scalars["Int"]["output"];
  /** a new address waiting for its OTP */
  pendingEmail?: Maybe<Scalars["String"]["output"]>;
  role: Role;
  updatedAt: Scalars["DateTime"]["output"];
  username: Scalars["String"]["output"];
};

export type UserConnection = {
  __typename?: "UserConnection";
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

/** search: a case-insensitive substring of username, email or name */
export type UserFilter = {
  disabled?: InputMaybe<Scalars["Boolean"]["input"]>;
  emailVerified?: InputMaybe<Scalars["Boolean"]["input"]>;
  mfaEnabled?: InputMaybe<Scalars["Boolean"]["input"]>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars["String"]["input"]>;
};

export type UserOrder =
  | "CREATED_AT_ASC"
  | "CREATED_AT_DESC"
  /** never-logged-in users last */
  | "LAST_LOGIN_DESC"
  | "USERNAME_ASC";

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (parent: TParent, args: TArgs, context: TContext, info: GraphQLResolveInfo) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (parent: TParent, args: TArgs, context: TContext, info: GraphQLResolveInfo) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs> | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>) | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (next: NextResolverFn<TResult>, parent: TParent, args: TArgs, context: TContext, info: GraphQLResolveInfo) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdminStats: ResolverTypeWrapper<AdminStats>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, "nodes"> & { nodes: Array<ResolversTypes["AuditEvent"]> }>;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, "user"> & { user: ResolversTypes["User"] }>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  DateTime: ResolverTypeWrapper<Scalars["DateTime"]["output"]>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  JSON: ResolverTypeWrapper<Scalars["JSON"]["output"]>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Passkey: ResolverTypeWrapper<PasskeyRow>;
  PasskeyChallenge: ResolverTypeWrapper<PasskeyChallenge>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecoveryCodes: ResolverTypeWrapper<RecoveryCodes>;
  RegisterInput: RegisterInput;
  RegisterPayload: ResolverTypeWrapper<Omit<RegisterPayload, "user"> & { user: ResolversTypes["User"] }>;
  ReplaceProfileInput: ReplaceProfileInput;
  Role: Role;
  Session: ResolverTypeWrapper<SessionRow>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  TotpEnrollment: ResolverTypeWrapper<TotpEnrollment>;
  UpdateProfileInput: UpdateProfileInput;
  Upload: ResolverTypeWrapper<Scalars["Upload"]["output"]>;
  User: ResolverTypeWrapper<UserRow>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, "nodes"> & { nodes: Array<ResolversTypes["User"]> }>;
  UserFilter: UserFilter;
  UserOrder: UserOrder;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdminStats: AdminStats;
  AuditConnection: Omit<AuditConnection, "nodes"> & { nodes: Array<ResolversParentTypes["AuditEvent"]> };
  AuditEvent: AuditEventRow;
  AuthPayload: Omit<AuthPayload, "user"> & { user: ResolversParentTypes["User"] };
  Boolean: Scalars["Boolean"]["output"];
  DateTime: Scalars["DateTime"]["output"];
  ID: Scalars["ID"]["output"];
  Int: Scalars["Int"]["output"];
  JSON: Scalars["JSON"]["output"];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Passkey: PasskeyRow;
  PasskeyChallenge: PasskeyChallenge;
  Query: Record<PropertyKey, never>;
  RecoveryCodes: RecoveryCodes;
  RegisterInput: RegisterInput;
  RegisterPayload: Omit<RegisterPayload, "user"> & { user: ResolversParentTypes["User"] };
  ReplaceProfileInput: ReplaceProfileInput;
  Session: SessionRow;
  String: Scalars["String"]["output"];
  TotpEnrollment: TotpEnrollment;
  UpdateProfileInput: UpdateProfileInput;
  Upload: Scalars["Upload"]["output"];
  User: UserRow;
  UserConnection: Omit<UserConnection, "nodes"> & { nodes: Array<ResolversParentTypes["User"]> };
  UserFilter: UserFilter;
};

export type AuthDirectiveArgs = {};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type HasRoleDirectiveArgs = {
  role: Role;
};

export type HasRoleDirectiveResolver<Result, Parent, ContextType = Context, Args = HasRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AdminStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes["AdminStats"] = ResolversParentTypes["AdminStats"]> = {
  activeSessions?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  admins?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  mfaEnabled?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  users?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes["AuditConnection"] = ResolversParentTypes["AuditConnection"]> = {
  nodes?: Resolver<Array<ResolversTypes["AuditEvent"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes["AuditEvent"] = ResolversParentTypes["AuditEvent"]> = {
  action?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes["User"]>, ParentType, ContextType>;
  actorLabel?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes["User"]>, ParentType, ContextType>;
  targetLabel?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes["AuthPayload"] = ResolversParentTypes["AuthPayload"]> = {
  accessToken?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  recoveryCodesLeft?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes["User"], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["DateTime"], any> {
  name: "DateTime";
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["JSON"], any> {
  name: "JSON";
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"]> = {
  adminResetMfa?: Resolver<ResolversTypes["User"], ParentType, ContextType, RequireFields<MutationAdminResetMfaArgs, "id">>;
  adminSendPasswordReset?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType, RequireFields<MutationAdminSendPasswordResetArgs, "id">>;
  confirmTotpEnrollment?: Resolver<ResolversTypes["RecoveryCodes"], ParentType, ContextType, RequireFields<MutationConfirmTotpEnrollmentArgs, "code">>;
  deletePasskey?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType, RequireFields<MutationDeletePasskeyArgs, "id">>;
  deleteUser?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType, RequireFields<MutationDeleteUserArgs, "id">>;
  disableMfa?: Resolver<ResolversTypes["User"], ParentType, ContextType, RequireFields<MutationDisableMfaArgs, "code" | "currentPassword">>;
  login?: Resolver<ResolversTypes["AuthPayload"], ParentType, ContextType, RequireFields<MutationLoginArgs, "identifier" | "password">>;
  loginWithPasskey?: Resolver<ResolversTypes["AuthPayload"], ParentType, ContextType, RequireFields<MutationLoginWithPasskeyArgs, "challengeId" | "response">>;
  logout?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  logoutAll?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  passkeyLoginOptions?: Resolver<ResolversTypes["PasskeyChallenge"], ParentType, ContextType, Partial<MutationPasskeyLoginOptionsArgs>>;
  passkeyRegistrationOptions?: Resolver<ResolversTypes["JSON"], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes["AuthPayload"], ParentType, ContextType, Partial<MutationRefreshTokenArgs>>;
  regenerateRecoveryCodes?: Resolver<ResolversTypes["RecoveryCodes"], ParentType, ContextType, RequireFields<MutationRegenerateRecoveryCodesArgs, "code">>;
  register?: Resolver<ResolversTypes["RegisterPayload"], ParentType, ContextType, RequireFields<MutationRegisterArgs, "input">>;
  registerPasskey?: Resolver<ResolversTypes["Passkey"], ParentType, ContextType, RequireFields<MutationRegisterPasskeyArgs, "response">>;
  removeAvatar?: Resolver<ResolversTypes["User"], ParentType, ContextType>;
  renamePasskey?: Resolver<ResolversTypes["Passkey"], ParentType, ContextType, RequireFields<MutationRenamePasskeyArgs, "id" | "name">>;
  replaceProfile?: Resolver<ResolversTypes["User"], ParentType, ContextType, RequireFields<MutationReplaceProfileArgs, "input">>;
  requestPasswordReset?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, "email">>;
  resendOtp?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType, RequireFields<MutationResendOtpArgs, "email">>;
  resetPassword?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, "newPassword" | "token">>;
  revokeSession?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType, RequireFields<MutationRevokeSessionArgs, "id">>;
  setUserDisabled?: Resolver<ResolversTypes["User"], ParentType, ContextType, RequireFields<MutationSetUserDisabledArgs, "disabled" | "id">>;
  setUserRole?: Resolver<ResolversTypes["User"], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, "id" | "role">>;
  startTotpEnrollment?: Resolver<ResolversTypes["TotpEnrollment"], ParentType, ContextType, RequireFields<MutationStartTotpEnrollmentArgs, "currentPassword">>;
  updateProfile?: Resolver<ResolversTypes["User"], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, "input">>;
  uploadAvatar?: Resolver<ResolversTypes["User"], ParentType, ContextType, RequireFields<MutationUploadAvatarArgs, "file">>;
  verifyMfa?: Resolver<ResolversTypes["AuthPayload"], ParentType, ContextType, RequireFields<MutationVerifyMfaArgs, "code" | "mfaToken">>;
  verifyOtp?: Resolver<ResolversTypes["AuthPayload"], ParentType, ContextType, RequireFields<MutationVerifyOtpArgs, "code" | "email">>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes["PageInfo"] = ResolversParentTypes["PageInfo"]> = {
  endCursor?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type PasskeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes["Passkey"] = ResolversParentTypes["Passkey"]> = {
  backedUp?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes["DateTime"]>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type PasskeyChallengeResolvers<ContextType = Context, ParentType extends ResolversParentTypes["PasskeyChallenge"] = ResolversParentTypes["PasskeyChallenge"]> = {
  challengeId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  options?: Resolver<ResolversTypes["JSON"], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"]> = {
  adminStats?: Resolver<ResolversTypes["AdminStats"], ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes["AuditConnection"], ParentType, ContextType, RequireFields<QueryAuditLogArgs, "first">>;
  me?: Resolver<Maybe<ResolversTypes["User"]>, ParentType, ContextType>;
  passkeys?: Resolver<Array<ResolversTypes["Passkey"]>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes["Session"]>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes["User"]>, ParentType, ContextType, RequireFields<QueryUserArgs, "id">>;
  users?: Resolver<ResolversTypes["UserConnection"], ParentType, ContextType, RequireFields<QueryUsersArgs, "first" | "orderBy">>;
};

export type RecoveryCodesResolvers<ContextType = Context, ParentType extends ResolversParentTypes["RecoveryCodes"] = ResolversParentTypes["RecoveryCodes"]> = {
  codes?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type RegisterPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes["RegisterPayload"] = ResolversParentTypes["RegisterPayload"]> = {
  otpExpiresAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  registrationKey?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes["User"], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes["Session"] = ResolversParentTypes["Session"]> = {
  createdAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  current?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  lastUsedAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type TotpEnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes["TotpEnrollment"] = ResolversParentTypes["TotpEnrollment"]> = {
  otpauthUrl?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  qrCodeSvg?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Upload"], any> {
  name: "Upload";
}

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes["User"] = ResolversParentTypes["User"]> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  email?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes["DateTime"]>, ParentType, ContextType>;
  mfaEnabled?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  passkeyCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  pendingEmail?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes["Role"], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  username?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes["UserConnection"] = ResolversParentTypes["UserConnection"]> = {
  nodes?: Resolver<Array<ResolversTypes["User"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AdminStats?: AdminStatsResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Passkey?: PasskeyResolvers<ContextType>;
  PasskeyChallenge?: PasskeyChallengeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecoveryCodes?: RecoveryCodesResolvers<ContextType>;
  RegisterPayload?: RegisterPayloadResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  TotpEnrollment?: TotpEnrollmentResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  hasRole?: HasRoleDirectiveResolver<any, any, ContextType>;
};
