// Every acknowledged registration got its OTP mail: checked against what the load test's SMTP
// catcher actually received, not against any queue of the API's. A mail still on its way when
// the load ends (a crashed instance's, waiting for its lease to run out) gets a grace period.
import type { CaughtMail, MailCatcher } from "../../tests/helpers/mail-catcher.ts";
import type { AuditCheck } from "./audit.ts";
import type { Ledger } from "./ledger.ts";

const OTP_SUBJECT = /\d{6}/;

function unmailed(ledger: Ledger, messages: CaughtMail[]) {
  const mailed = new Set(messages.filter((m) => OTP_SUBJECT.test(m.subject)).map((m) => m.to));
  return ledger.registrations.filter((r) => !mailed.has(r.email));
}

/** Wait (at most `graceMs`) until every acknowledged registration's OTP mail has arrived; the ms waited. */
export async function awaitOtpMails(ledger: Ledger, mail: MailCatcher, graceMs: number): Promise<number> {
  const started = Date.now();
  while (unmailed(ledger, mail.messages).length && Date.now() - started < graceMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return Date.now() - started;
}

export function auditOtpMails(ledger: Ledger, messages: CaughtMail[]): AuditCheck {
  const missing = unmailed(ledger, messages);
  return {
    name: "every acknowledged registration got its OTP mail (as received by the SMTP catcher)",
    checked: ledger.registrations.length,
    failures: missing.map((r) => `${r.username} <${r.email}>`),
  };
}
