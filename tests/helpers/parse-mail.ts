// Just enough MIME to read what nodemailer sends: headers, and the text/html parts of a
// multipart/alternative body in 7bit, quoted-printable or base64.

const decodeQuotedPrintable = (s: string) =>
  Buffer.from(
    s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

/** RFC 2047 encoded words (=?UTF-8?Q?...?= / =?UTF-8?B?...?=). */
const decodeWords = (s: string) =>
  s.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc, text) =>
    enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );

function splitHeaders(raw: string) {
  const end = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, end).replace(/\r?\n[ \t]+/g, " ");
  const body = raw.slice(end).replace(/^\r?\n\r?\n/, "");
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body };
}

function decodeBody(headers: Record<string, string>, body: string) {
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

export function parseMail(raw: string) {
  const { headers, body } = splitHeaders(raw);
  const parts: Record<string, string> = {};
  const collect = (h: Record<string, string>, b: string) => {
    const type = h["content-type"] ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (boundary) {
      for (const chunk of b.split(`--${boundary}`).slice(1)) {
        if (chunk.startsWith("--")) break;
        const part = splitHeaders(chunk.replace(/^\r?\n/, ""));
        collect(part.headers, part.body);
      }
    } else if (type.startsWith("text/plain")) parts.text ??= decodeBody(h, b).trim();
    else if (type.startsWith("text/html")) parts.html ??= decodeBody(h, b).trim();
  };
  collect(headers, body);
  const address = (value = "") => (/<([^>]+)>/.exec(value)?.[1] ?? value).trim();
  return { to: address(headers.to), from: decodeWords(headers.from ?? ""), subject: decodeWords(headers.subject ?? ""), text: parts.text ?? "", html: parts.html ?? "" };
}
