import type { FastifyInstance } from "fastify";
import type { StoredMail } from "./mailer.ts";
import { escapeHtml } from "../lib/html.ts";

const renderMail = (mail: StoredMail) => `<article>
<header><strong>${escapeHtml(mail.subject)}</strong><br><small>to ${escapeHtml(mail.to)} · ${escapeHtml(mail.sentAt)}</small></header>
<pre>${linkify(escapeHtml(mail.text))}</pre></article>`;

/** Reset links become clickable (on already escaped text). */
const linkify = (html: string) => html.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

/** The embedded dev mailbox: what the product would have mailed, outside production without SMTP_URL. */
export async function devMailRoutes(app: FastifyInstance): Promise<void> {
  app.get("/dev/mail.json", async () => app.deps.mailer.devMailbox());
  app.get("/dev/mail", async (_request, reply) => {
    const mails = app.deps.mailer.devMailbox();
    // text only, no scripts, no remote content: the strictest policy that still shows the page
    reply.header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    reply.type("text/html; charset=utf-8");
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Dev mailbox</title>
<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#18181b}
article{border:1px solid #e4e4e7;border-radius:8px;padding:1rem;margin:0 0 1rem}pre{white-space:pre-wrap;font-size:14px}</style></head>
<body><h1>Dev mailbox</h1><p>${mails.length} message(s), newest first. This page refreshes itself. JSON: <a href="/dev/mail.json">/dev/mail.json</a></p>
${mails.map(renderMail).join("\n") || "<p>No mail yet.</p>"}</body></html>`;
  });
}
