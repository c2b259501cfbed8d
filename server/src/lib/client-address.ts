import { isIP } from "node:net";

// Client addresses as the services store and count them. Whatever the proxy chain hands us is
// checked to be an IP address and written in one canonical form, so that a forged header can
// store no markup and one host cannot pass for many by spelling its address differently.

const MAPPED_V4 = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

/** The address in canonical text (RFC 5952 for IPv6, IPv4-mapped as IPv4), or undefined when it is none. */
export function canonicalIp(raw: string | undefined): string | undefined {
  const value = raw?.trim().replace(/%.*$/, ""); // a zone id names an interface, not a client
  if (!value) return undefined;
  const version = isIP(value);
  if (version === 0) return undefined;
  // the WHATWG URL parser writes addresses in their canonical form
  const host = new URL(`http://${version === 6 ? `[${value}]` : value}/`).hostname.replace(/^\[|\]$/g, "");
  const mapped = MAPPED_V4.exec(host);
  if (!mapped) return host;
  const [hi, lo] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/** What a per-IP limit counts: an IPv4 address, or the /64 of an IPv6 one (what one host usually holds). */
export function addressNetwork(ip: string | undefined): string | undefined {
  if (!ip?.includes(":")) return ip;
  const [head = "", tail] = ip.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups];
  return canonicalIp(`${groups.slice(0, 4).join(":")}::`) + "/64";
}
