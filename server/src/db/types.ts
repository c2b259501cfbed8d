// The rows services see, as the stores return them. Only the seam (db/) knows where they come from.
export type { AuditEvent, Otp, OtpPurpose, Passkey, PasskeyChallengePurpose, PasswordResetToken, Role, Session, SigningKey, User } from "../generated/prisma/client.ts";
import type { Session, User } from "../generated/prisma/client.ts";

export type SessionWithUser = Session & { user: User };
