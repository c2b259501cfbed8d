import { createHash, createPrivateKey, createPublicKey, createSecretKey, generateKeyPairSync, randomBytes, type JsonWebKey } from "node:crypto";
import type { KeyRing, SigningAlgorithm, SigningKey, VerifyingKey } from "../lib/access-token.ts";
import { decryptWithDataKey, encryptWithDataKey } from "../lib/data-key.ts";

// Turning stored signing keys into usable ones and back. Framework-free: the key store, the
// rotation command and the tests share it.

type AsymmetricAlgorithm = Exclude<SigningAlgorithm, "HS256">;

interface StoredSigningKey {
  id: string;
  algorithm: string;
  publicJwk: string;
  privateKeyEncrypted: string;
  createdAt: Date;
  retiredAt: Date | null;
}

function generatePair(algorithm: AsymmetricAlgorithm) {
  switch (algorithm) {
    case "ES256":
      return generateKeyPairSync("ec", { namedCurve: "P-256" });
    case "EdDSA":
      return generateKeyPairSync("ed25519");
    case "RS256":
      return generateKeyPairSync("rsa", { modulusLength: 2048 });
  }
}

// the sealed private key is bound to its kid: copied into another row it does not open
const sealContext = (kid: string) => `signing-key:${kid}`;

/** A new key pair as stored: the public half as a JWK, the private half sealed under DATA_KEY. */
export function generateSigningKey(algorithm: AsymmetricAlgorithm, dataKey: Buffer, now: Date): Omit<StoredSigningKey, "retiredAt"> {
  const kid = randomBytes(12).toString("base64url");
  const { publicKey, privateKey } = generatePair(algorithm);
  const publicJwk: JsonWebKey = { ...publicKey.export({ format: "jwk" }), kid, alg: algorithm, use: "sig" };
  const pkcs8 = privateKey.export({ format: "der", type: "pkcs8" });
  return { id: kid, algorithm, publicJwk: JSON.stringify(publicJwk), privateKeyEncrypted: encryptWithDataKey(dataKey, pkcs8, sealContext(kid)), createdAt: now };
}

/** The verifying half of a stored key; `notAfter` for a retired one. */
export function verifyingKeyOf(row: StoredSigningKey, notAfter?: number): VerifyingKey {
  const jwk = JSON.parse(row.publicJwk) as JsonWebKey;
  return { kid: row.id, algorithm: row.algorithm as AsymmetricAlgorithm, key: createPublicKey({ key: jwk, format: "jwk" }), jwk, notAfter };
}

/** The signing half: the only place a private key is opened. */
export function signingKeyOf(row: StoredSigningKey, dataKey: Buffer): SigningKey {
  const pkcs8 = decryptWithDataKey(dataKey, row.privateKeyEncrypted, sealContext(row.id));
  return { kid: row.id, algorithm: row.algorithm as AsymmetricAlgorithm, key: createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" }) };
}

/**
 * HS256 compatibility: one key, JWT_SECRET, nothing stored or published. Its kid is derived
 * from the secret so every instance with the same secret names it alike, without revealing it.
 */
export function sharedSecretRing(secret: string): KeyRing {
  const kid = `hs256-${createHash("sha256").update(`kid:${secret}`).digest("base64url").slice(0, 16)}`;
  const key: VerifyingKey = { kid, algorithm: "HS256", key: createSecretKey(Buffer.from(secret)) };
  return { signing: key, verifying: new Map([[kid, key]]) };
}
