import type { Client } from "./client.ts";
import type { OtpPurpose } from "./types.ts";

interface NewOtp {
  userId: string;
  purpose: OtpPurpose;
  email: string;
  codeHash: string;
  registrationKeyHash: string | null;
  expiresAt: Date;
  createdAt: Date;
}

export const otpStore = (client: Client) => ({
  latestOf: (userId: string, purpose: OtpPurpose) => client.otp.findFirst({ where: { userId, purpose }, orderBy: { createdAt: "desc" } }),
  /** the newest unused code sent to an address, with its user */
  latestUnusedFor: (email: string) => client.otp.findFirst({ where: { email, usedAt: null }, orderBy: { createdAt: "desc" }, include: { user: true } }),
  /** the registration mark of a new account's codes, if its registration set one */
  registrationKeyHashOf: async (userId: string) =>
    (await client.otp.findFirst({ where: { userId, purpose: "VERIFY_EMAIL", registrationKeyHash: { not: null } }, select: { registrationKeyHash: true } }))?.registrationKeyHash ??
    null,
  /** a new code replaces every earlier unused one of the same purpose */
  replace: async (otp: NewOtp) => {
    await client.otp.updateMany({ where: { userId: otp.userId, purpose: otp.purpose, usedAt: null }, data: { usedAt: otp.createdAt } });
    await client.otp.create({ data: otp });
  },
  /**
   * count a try at an unused code unless it has had `max`: the tries it has had now, or null.
   * One conditional UPDATE, so tries on every instance count against the same `max`.
   */
  takeTry: async (id: string, max: number) =>
    (await client.otp.updateManyAndReturn({ where: { id, usedAt: null, attempts: { lt: max } }, data: { attempts: { increment: 1 } }, select: { attempts: true } }))[0]?.attempts ??
    null,
  /** compare-and-set: use a code once; whether this call did */
  claim: async (id: string, now: Date) => (await client.otp.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } })).count === 1,
});
