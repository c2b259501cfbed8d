// GraphQL multipart requests (https://github.com/jaydenseric/graphql-multipart-request-spec),
// parsed by @fastify/multipart: the fields `operations` and `map`, then the file.
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import multipart, { type MultipartValue } from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { GraphQLError, GraphQLScalarType } from "graphql";
import { AVATAR_MAX_BYTES } from "../avatars/limits.ts";

/** What an `Upload` argument resolves to: the file as it streams in. */
export interface FileUpload {
  filename: string;
  mimetype: string;
  stream: Readable;
  /** settles when the whole request has been read; rejects if anything after the file broke the spec or a limit */
  requestRead: Promise<void>;
}

/** A request that breaks the spec or a limit: Mercurius answers it as BAD_USER_INPUT with this status. */
export class MultipartError extends Error {
  constructor(
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
    this.name = "MultipartError";
  }
}

// operations and map, then one file: anything more is refused while it streams in, never kept
const LIMITS = { fields: 2, fieldSize: 100_000, files: 1, parts: 3, fileSize: AVATAR_MAX_BYTES };

const SPEC = "(see the GraphQL multipart request spec)";
const NOTHING_MORE = "An upload request carries the fields operations and map and one file, nothing more.";

/** @fastify/multipart's and busboy's own errors in words a client can act on. */
function asMultipartError(error: unknown): MultipartError {
  if (error instanceof MultipartError) return error;
  const code = (error as { code?: string } | undefined)?.code;
  if (code === "FST_FILES_LIMIT" || code === "FST_FIELDS_LIMIT" || code === "FST_PARTS_LIMIT") return new MultipartError(NOTHING_MORE, 413);
  if (code === "FST_REQ_FILE_TOO_LARGE") return new MultipartError(`The file is over ${AVATAR_MAX_BYTES} bytes.`, 413);
  return new MultipartError(`The multipart request is malformed or did not arrive whole ${SPEC}.`);
}

/** The place a file goes in the operations, until its part arrives. */
class Upload {
  readonly promise: Promise<FileUpload>;
  resolve!: (file: FileUpload) => void;
  reject!: (error: unknown) => void;
  constructor() {
    this.promise = new Promise((resolve, reject) => Object.assign(this, { resolve, reject }));
    this.promise.catch(() => {}); // a file no resolver asked for (refused by @auth) fails unheard
  }
}

export const GraphQLUpload = new GraphQLScalarType({
  name: "Upload",
  description: "The `Upload` scalar type represents a file upload.",
  parseValue(value) {
    if (value instanceof Upload) return value.promise;
    throw new GraphQLError("Upload value invalid: send the file as a GraphQL multipart request.");
  },
  parseLiteral() {
    throw new GraphQLError("Upload literal unsupported.");
  },
  serialize() {
    throw new GraphQLError("Upload serialization unsupported.");
  },
});

function json(part: MultipartValue): unknown {
  if (part.valueTruncated) throw new MultipartError(`The '${part.fieldname}' field is over ${LIMITS.fieldSize} bytes.`, 413);
  if (typeof part.value !== "string") return part.value; // sent as application/json: already parsed
  try {
    return JSON.parse(part.value);
  } catch {
    throw new MultipartError(`Invalid JSON in the '${part.fieldname}' field ${SPEC}.`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Own properties only: a map path never reaches a prototype. */
const hasOwn = (value: unknown, key: string): value is Record<string, unknown> => typeof value === "object" && value !== null && Object.hasOwn(value, key);

/** Put an Upload at each place the map names: a dotted path to a value the operations already hold. */
function placeUploads(operations: Record<string, unknown>, map: unknown): Map<string, Upload> {
  if (!isObject(map)) throw new MultipartError(`Invalid type for the 'map' field ${SPEC}.`);
  const entries = Object.entries(map);
  if (entries.length > LIMITS.files) throw new MultipartError(NOTHING_MORE, 413);
  const uploads = new Map<string, Upload>();
  for (const [field, paths] of entries) {
    const upload = new Upload();
    uploads.set(field, upload);
    if (!Array.isArray(paths)) throw new MultipartError(`Invalid type for the 'map' entry '${field}' ${SPEC}.`);
    for (const path of paths) {
      const keys = typeof path === "string" ? path.split(".") : [];
      const last = keys.pop();
      let target: unknown = operations;
      for (const key of keys) target = hasOwn(target, key) ? target[key] : undefined;
      if (last === undefined || last === "__proto__" || !hasOwn(target, last)) {
        throw new MultipartError(`Invalid object path '${String(path)}' for the 'map' entry '${field}' ${SPEC}.`);
      }
      target[last] = upload;
    }
  }
  return uploads;
}

/**
 * The operations, as soon as the map has arrived, with an Upload at each file's place; the
 * file itself streams on to the resolver that reads it, while the rest of the request is read.
 */
function readOperations(request: FastifyRequest): Promise<unknown> {
  return new Promise((resolveOperations, rejectOperations) => {
    let uploads: Map<string, Upload> | undefined;
    const readParts = async () => {
      let operations: unknown;
      for await (const part of request.parts()) {
        if (part.type === "file") {
          if (!uploads) throw new MultipartError(`Misordered: the file must follow 'map' ${SPEC}.`);
          const upload = uploads.get(part.fieldname);
          uploads.delete(part.fieldname);
          if (upload) upload.resolve({ filename: part.filename, mimetype: part.mimetype, stream: part.file, requestRead: read });
          else part.file.resume(); // a file the map does not name: ignored, as the spec says
        } else if (part.fieldname === "operations" && operations === undefined) {
          operations = json(part);
          if (!isObject(operations)) throw new MultipartError(`Invalid type for the 'operations' field ${SPEC}.`);
        } else if (part.fieldname === "map" && isObject(operations) && !uploads) {
          uploads = placeUploads(operations, json(part));
          resolveOperations(operations);
        } else {
          throw new MultipartError(`Misordered or unknown field '${part.fieldname}': send operations, then map, then the file ${SPEC}.`);
        }
      }
      if (!uploads) throw new MultipartError(`Missing the '${operations === undefined ? "operations" : "map"}' field ${SPEC}.`);
      for (const upload of uploads.values()) upload.reject(new MultipartError("The file the map names is missing."));
    };
    const read = readParts().catch((error) => {
      const refused = asMultipartError(error);
      rejectOperations(refused);
      for (const upload of uploads?.values() ?? []) upload.reject(refused);
      throw refused;
    });
    read.catch(() => {}); // told to whoever waits on it
  });
}

/**
 * GraphQL multipart requests for the context `app`: Mercurius gets the operations as its body,
 * with an Upload in each file's place. Call it in the encapsulated child that also holds Mercurius.
 */
export async function registerUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: LIMITS });
  app.addHook("preValidation", async (request) => {
    if (request.isMultipart()) request.body = await readOperations(request);
  });
  // Answer only once the whole body has arrived, or a client still sending sees the connection
  // drop. What no resolver read (refused by @auth, a refused request) is read past unparsed.
  app.addHook("onSend", async (request) => {
    if (!request.isMultipart()) return;
    request.raw.unpipe();
    request.raw.resume();
    await finished(request.raw).catch(() => {});
  });
}
