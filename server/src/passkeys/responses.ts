import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { AppError } from "../lib/errors.ts";

// What a browser sends back from navigator.credentials, checked for shape before any of it is
// looked up or verified: anything else is INVALID_PASSKEY, never an internal error.
const b64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/);
const transports = z.array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"])).max(8);
const common = {
  id: b64url.min(1).max(1366),
  rawId: b64url.min(1).max(1366),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
};

const registration = z.object({
  ...common,
  response: z.object({ clientDataJSON: b64url, attestationObject: b64url, transports: transports.optional() }),
});

const authentication = z.object({
  ...common,
  response: z.object({ clientDataJSON: b64url, authenticatorData: b64url, signature: b64url, userHandle: b64url.optional() }),
});

export const invalidPasskey = () => new AppError("INVALID_PASSKEY");

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidPasskey();
  return result.data;
}

export const parseRegistration = (value: unknown): RegistrationResponseJSON => parse(registration, value) as RegistrationResponseJSON;

export const parseAuthentication = (value: unknown): AuthenticationResponseJSON => parse(authentication, value) as AuthenticationResponseJSON;

/** The challenge the browser signed, read before verifying so the stored challenge can be claimed first. */
export async function signedChallenge(clientDataJSON: string): Promise<string> {
  const { decodeClientDataJSON } = await import("@simplewebauthn/server/helpers"); // at first use: see registration.ts
  try {
    const { challenge } = decodeClientDataJSON(clientDataJSON);
    if (typeof challenge === "string" && challenge.length > 0 && challenge.length <= 512) return challenge;
  } catch {
    // not base64url JSON: refused below
  }
  throw invalidPasskey();
}
