import { renderMail } from "./layout.ts";
import type { MailMessage } from "./mailer.ts";

// Every mail the product sends, by name. Each returns a complete message for the mailer.

export function otpMail(to: string, code: string, minutes: number, purpose: "VERIFY_EMAIL" | "CHANGE_EMAIL"): MailMessage {
  const subject = purpose === "VERIFY_EMAIL" ? `${code} is your verification code` : `${code} confirms your new email address`;
  const intro =
    purpose === "VERIFY_EMAIL"
      ? "Enter this code to verify your email address and finish signing up."
      : "Enter this code to confirm this address as the new email of your account.";
  return {
    to,
    subject,
    kind: `otp.${purpose.toLowerCase()}`,
    ...renderMail({ heading: "Your code", paragraphs: [intro, `It expires in ${minutes} minutes and works once.`], code }),
  };
}

export function passwordResetMail(to: string, url: string, minutes: number): MailMessage {
  return {
    to,
    subject: "Reset your password",
    kind: "password-reset",
    ...renderMail({
      heading: "Reset your password",
      paragraphs: [`Use this link within ${minutes} minutes to choose a new password. It works once.`],
      action: { label: "Choose a new password", url },
      footer: "If you did not ask for this, ignore this email: your password stays as it is.",
    }),
  };
}

export function securityNoticeMail(to: string, what: string): MailMessage {
  return {
    to,
    subject: `Security notice: ${what}`,
    kind: "security-notice",
    ...renderMail({
      heading: "A change to your account",
      paragraphs: [`${what}.`, "If this was you, there is nothing to do."],
      footer: "If this was not you, reset your password at once and contact your administrator.",
    }),
  };
}

export function newSignInMail(to: string, signIn: { userAgent: string; ip: string; at: Date; sessionsUrl: string }): MailMessage {
  return {
    to,
    subject: "New sign-in to your account",
    kind: "new-sign-in",
    ...renderMail({
      heading: "A new sign-in",
      paragraphs: [
        "Your account was just signed in to from a device or network it has not used before.",
        `Device: ${signIn.userAgent}`,
        `Address: ${signIn.ip}`,
        `Time: ${signIn.at.toUTCString()}`,
      ],
      action: { label: "Review your sessions", url: signIn.sessionsUrl },
      footer: "If this was not you, end that session on the sessions page and change your password at once.",
    }),
  };
}
