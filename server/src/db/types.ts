// The rows services see, as the stores return them. Only the seam (db/) knows where they come from.
export type { AuditEvent, Otp, OtpPurpose, Passkey, PasskeyChallengePurpose, PasswordResetToken, Role, Session, SigningKey, User } from "../generated/prisma/client.ts";
import type { Session, User } from "../generated/prisma/client.ts";

export type SessionWithUser = Session & { user: User };

/** A sign-in's session: opened with its first refresh token, the user's last login and an audit row. */
export interface NewSession {
  user: Pick<User, "id" | "username">;
  userAgent?: string;
  ip?: string;
  refreshTokenHash: string;
  /** how the user proved who they are, for the audit log */
  how: string;
  now: Date;
  expiresAt: Date;
}
