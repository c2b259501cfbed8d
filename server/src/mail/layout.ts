// One look for every mail: plain text first, and simple inline-styled HTML for clients that show it.
import { escapeHtml } from "../lib/html.ts";

interface MailBody {
  heading: string;
  paragraphs: string[];
  /** a code shown large, or a link shown as a button */
  code?: string;
  action?: { label: string; url: string };
  footer?: string;
}

export function renderMail(body: MailBody): { text: string; html: string } {
  const text = [
    body.heading,
    "",
    ...body.paragraphs.flatMap((p) => [p, ""]),
    ...(body.code ? [`    ${body.code}`, ""] : []),
    ...(body.action ? [`${body.action.label}: ${body.action.url}`, ""] : []),
    body.footer ?? "If you did not ask for this, you can ignore this email.",
  ].join("\n");

  const p = (s: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(s)}</p>`;
  const html = `<!doctype html><html><body style="margin:0;background:#f4f4f5;font-family:system-ui,sans-serif;color:#18181b">
<div style="max-width:480px;margin:32px auto;background:#fff;border-radius:12px;padding:32px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(body.heading)}</h1>
${body.paragraphs.map(p).join("\n")}
${body.code ? `<p style="font-size:32px;letter-spacing:8px;font-weight:700;margin:24px 0;font-family:ui-monospace,monospace">${escapeHtml(body.code)}</p>` : ""}
${body.action ? `<p style="margin:24px 0"><a href="${escapeHtml(body.action.url)}" style="background:#4f46e5;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none">${escapeHtml(body.action.label)}</a></p><p style="font-size:12px;color:#71717a;word-break:break-all">${escapeHtml(body.action.url)}</p>` : ""}
<p style="font-size:12px;color:#71717a;margin:24px 0 0">${escapeHtml(body.footer ?? "If you did not ask for this, you can ignore this email.")}</p>
</div></body></html>`;
  return { text, html };
}
