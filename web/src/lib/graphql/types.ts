// The contract's types (API.md), as the web app reads them. DateTime arrives as an ISO string.
export type Role = "USER" | "ADMIN" | "SUPER_ADMIN";

export interface User {
  id: string;
  username: string;
  email: string;
  pendingEmail: string | null;
  name: string | null;
  bio: string | null;
  avatarUrl: string | null;
  role: Role;
  emailVerified: boolean;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
  mfaEnabled: boolean;
}

export interface Passkey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** synced by its provider (e.g. iCloud Keychain, Google Password Manager) */
  backedUp: boolean;
}

export interface AuthPayload {
  user: User;
  accessToken: string;
  accessTokenExpiresAt: string;
}

export interface Session {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  current: boolean;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface AuditEvent {
  id: string;
  action: string;
  actor: Pick<User, "id" | "username"> | null;
  target: Pick<User, "id" | "username"> | null;
  /** the usernames as they were: still readable after the user is deleted */
  actorLabel: string | null;
  targetLabel: string | null;
  ip: string | null;
  createdAt: string;
  detail: string | null;
}

export interface AdminStats {
  users: number;
  verified: number;
  admins: number;
  disabled: number;
  mfaEnabled: number;
  activeSessions: number;
}

export interface UserFilter {
  search?: string;
  role?: Role;
  emailVerified?: boolean;
  disabled?: boolean;
  mfaEnabled?: boolean;
}

export type UserOrder = "CREATED_AT_DESC" | "CREATED_AT_ASC" | "USERNAME_ASC" | "LAST_LOGIN_DESC";
