// Crafting JWTs by hand for the forged-token tests: any header, any payload, any signer.
import { createHmac, sign, type KeyObject } from "node:crypto";

export const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

export function decodeToken(token: string): { header: Record<string, any>; payload: Record<string, any> } {
  const [header, payload] = token
    .split(".")
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, "base64url").toString()));
  return { header, payload };
}

export function hs256(header: object, payload: object, secret: Buffer | string): string {
  const input = `${segment(header)}.${segment(payload)}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
}

export function es256(header: object, payload: object, key: KeyObject): string {
  const input = `${segment(header)}.${segment(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), { key, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
}
