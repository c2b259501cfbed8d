// What a person reads for each contract error code (API.md "Errors"), when the API's own
// message is not the best thing to show.
const messages: Record<string, string> = {
  BAD_USER_INPUT: "Please fix the highlighted fields.",
  UNAUTHENTICATED: "Your session has ended. Please sign in again.",
  FORBIDDEN: "You are not allowed to do that.",
  CONFLICT: "That is already taken.",
  INVALID_CREDENTIALS: "The email, username or password is wrong.",
  EMAIL_NOT_VERIFIED: "Verify your email address before signing in.",
  ACCOUNT_DISABLED: "This account is disabled. Contact an administrator.",
  INVALID_OTP: "The code is wrong or has expired.",
  MFA_REQUIRED: "Enter a code from your authenticator app to finish signing in.",
  INVALID_MFA_CODE: "The code is wrong, was already used, or has expired.",
  INVALID_PASSKEY: "That passkey could not be verified. Try again, or sign in with your password.",
  INVALID_TOKEN: "This link is invalid, used or expired. Ask for a new one.",
  NOT_FOUND: "That user no longer exists.",
  UNSUPPORTED_MEDIA_TYPE: "The file must be a PNG, JPEG, WebP or GIF image.",
  PAYLOAD_TOO_LARGE: "The file is too large (2 MiB at most).",
  SERVER_BUSY: "Busy, try again in a moment.",
  NETWORK_ERROR: "The service cannot be reached right now. Try again in a moment.",
  INTERNAL_SERVER_ERROR: "Something went wrong on our side. Try again.",
};

export function messageFor(code: string | undefined, extensions: Record<string, unknown> = {}): string {
  if (code === "RATE_LIMITED") {
    const seconds = Number(extensions.retryAfter);
    return Number.isFinite(seconds) && seconds > 0 ? `Too many attempts. Try again in ${formatWait(seconds)}.` : "Too many attempts. Try again later.";
  }
  if (code === "INVALID_OTP" && typeof extensions.attemptsLeft === "number") {
    return `The code is wrong or has expired. ${extensions.attemptsLeft} ${extensions.attemptsLeft === 1 ? "try" : "tries"} left.`;
  }
  if (code === "INVALID_MFA_CODE" && typeof extensions.attemptsLeft === "number") {
    return `${messages.INVALID_MFA_CODE} ${extensions.attemptsLeft} ${extensions.attemptsLeft === 1 ? "try" : "tries"} left.`;
  }
  return messages[code ?? ""] ?? messages.INTERNAL_SERVER_ERROR;
}

const formatWait = (seconds: number) => (seconds < 90 ? `${Math.ceil(seconds)} seconds` : `${Math.ceil(seconds / 60)} minutes`);
