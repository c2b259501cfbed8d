// A software WebAuthn authenticator for server tests: a P-256 key made with node:crypto, and
// the attestation ("none") and assertion objects built by hand, byte for byte as in the
// WebAuthn spec (§6.1 authenticator data, §6.5 attestation object), so that the server is
// checked against the format rather than against a library's idea of it.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | { [key: string]: Cbor };

/** The CBOR subset WebAuthn needs (RFC 8949): integers, byte and text strings, arrays, maps. */
export function cbor(value: Cbor): Buffer {
  const head = (major: number, n: number): Buffer => {
    if (n < 24) return Buffer.from([(major << 5) | n]);
    if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
    if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
    const b = Buffer.alloc(5);
    b[0] = (major << 5) | 26;
    b.writeUInt32BE(n, 1);
    return b;
  };
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(cbor)]);
  const entries: Array<[Cbor, Cbor]> = value instanceof Map ? [...value] : Object.entries(value);
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64url = (data: Buffer | Uint8Array) => Buffer.from(data).toString("base64url");

const UP = 0x01;
const UV = 0x04;
const BE = 0x08;
const BS = 0x10;
const AT = 0x40;

export interface Overrides {
  /** the origin the "browser" reports (default: the authenticator's) */
  origin?: string;
  /** the RP ID whose hash goes into authData (default: the authenticator's) */
  rpId?: string;
  /** user verification done (default true) */
  uv?: boolean;
  /** the signature counter to report (default: one more than last time) */
  counter?: number;
  /** sign with this key instead of the credential's own */
  signWith?: KeyObject;
  /** report this user handle (base64url) instead of the one registered */
  userHandle?: string;
}

export class SoftAuthenticator {
  readonly credentialId = randomBytes(32);
  readonly keys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  readonly aaguid = Buffer.alloc(16);
  counter = 0;
  userHandle?: string;

  constructor(
    readonly rpId: string,
    readonly origin: string,
    readonly backedUp = true,
  ) {}

  get id(): string {
    return b64url(this.credentialId);
  }

  private authData(rpId: string, flags: number, counter: number, attested?: Buffer): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    const backup = this.backedUp ? BE | BS : 0;
    return Buffer.concat([sha256(rpId), Buffer.from([flags | backup | (attested ? AT : 0)]), count, attested ?? Buffer.alloc(0)]);
  }

  private clientData(type: string, challenge: string, o: Overrides): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: o.origin ?? this.origin, crossOrigin: false }));
  }

  /** The COSE_Key of the public half (RFC 9053: kty EC2, alg ES256, crv P-256, x, y). */
  private coseKey(): Buffer {
    const jwk = this.keys.publicKey.export({ format: "jwk" });
    return cbor(
      new Map<Cbor, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, "base64url")],
        [-3, Buffer.from(jwk.y!, "base64url")],
      ]),
    );
  }

  /** navigator.credentials.create() answering `options` (PublicKeyCredentialCreationOptionsJSON), as JSON. */
  register(options: { challenge: string; user: { id: string } }, o: Overrides = {}) {
    this.userHandle = options.user.id;
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([this.aaguid, idLength, this.credentialId, this.coseKey()]);
    const authData = this.authData(o.rpId ?? this.rpId, UP | (o.uv === false ? 0 : UV), this.counter, attested);
    const attestationObject = cbor({ fmt: "none", attStmt: {}, authData });
    return this.credential({
      clientDataJSON: b64url(this.clientData("webauthn.create", options.challenge, o)),
      attestationObject: b64url(attestationObject),
      transports: ["internal", "hybrid"],
    });
  }

  /** navigator.credentials.get() answering `options` (PublicKeyCredentialRequestOptionsJSON), as JSON. */
  authenticate(options: { challenge: string }, o: Overrides = {}) {
    this.counter = o.counter ?? this.counter + 1;
    const authData = this.authData(o.rpId ?? this.rpId, UP | (o.uv === false ? 0 : UV), this.counter);
    const clientDataJSON = this.clientData("webauthn.get", options.challenge, o);
    // ES256: ECDSA over authData || SHA-256(clientDataJSON), DER-encoded (node's default for EC keys)
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), o.signWith ?? this.keys.privateKey);
    return this.credential({
      clientDataJSON: b64url(clientDataJSON),
      authenticatorData: b64url(authData),
      signature: b64url(signature),
      userHandle: o.userHandle ?? this.userHandle,
    });
  }

  /** A PublicKeyCredential as the browser serialises it (toJSON), around an authenticator response. */
  private credential<R>(response: R) {
    return { id: this.id, rawId: this.id, type: "public-key", authenticatorAttachment: "platform", clientExtensionResults: {}, response };
  }
}
