// The one place for errors: typed codes of the contract, each with its default message.
export const errorMessages = {
  BAD_USER_INPUT: "Some fields are not valid.",
  UNAUTHENTICATED: "You need to sign in.",
  FORBIDDEN: "You are not allowed to do that.",
  CONFLICT: "That is already taken.",
  INVALID_CREDENTIALS: "The identifier or password is wrong.",
  EMAIL_NOT_VERIFIED: "Verify your email address before signing in.",
  ACCOUNT_DISABLED: "This account is disabled.",
  INVALID_OTP: "The code is wrong or has expired.",
  INVALID_TOKEN: "The token is invalid or has expired.",
  NOT_FOUND: "Not found.",
  RATE_LIMITED: "Too many attempts. Try again later.",
  UNSUPPORTED_MEDIA_TYPE: "The file must be a PNG, JPEG, WebP or GIF image.",
  PAYLOAD_TOO_LARGE: "The file is too large.",
  MFA_REQUIRED: "Enter a code from your authenticator app to finish signing in.",
  INVALID_MFA_CODE: "The code is wrong, was already used, or has expired.",
  INVALID_PASSKEY: "That passkey could not be verified. Try again.",
  SERVER_BUSY: "The service is busy. Try again in a moment.",
  INTERNAL_SERVER_ERROR: "Something went wrong.",
} as const;

type ErrorCode = keyof typeof errorMessages;

type UnauthenticatedReason = "MISSING" | "EXPIRED" | "INVALID";

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly extensions: Record<string, unknown>;

  constructor(code: ErrorCode, extensions: Record<string, unknown> = {}, message: string = errorMessages[code]) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.extensions = extensions;
  }
}

export const badInput = (fields: Record<string, string>) => new AppError("BAD_USER_INPUT", { fields });
export const unauthenticated = (reason: UnauthenticatedReason) => new AppError("UNAUTHENTICATED", { reason });
export const rateLimited = (retryAfter: number) => new AppError("RATE_LIMITED", { retryAfter: Math.max(1, Math.ceil(retryAfter)) });
export const serverBusy = (retryAfter: number) => new AppError("SERVER_BUSY", { retryAfter: Math.max(1, Math.ceil(retryAfter)) });
