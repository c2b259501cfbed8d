// Reading an uploaded file with the size limit enforced while it streams.
import type { Readable } from "node:stream";
import type { FileUpload } from "../graphql/uploads.ts";
import { MultipartError } from "../graphql/uploads.ts";
import { AppError } from "../lib/errors.ts";
import { AVATAR_MAX_BYTES } from "./limits.ts";

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", { maxBytes: AVATAR_MAX_BYTES });

/** A refused request says why; a stream that broke off (the client went away, a cut body) did not arrive whole. */
function mapUploadError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const why = error instanceof MultipartError ? error.message : "The upload did not arrive whole.";
  return new AppError("BAD_USER_INPUT", { fields: { file: why } });
}

/**
 * Collect the stream. The parser stops keeping bytes at the limit (AVATAR_MAX_BYTES, in
 * graphql/uploads.ts), says so with `limit`, and reads the rest past unkept: then this fails.
 */
function readLimited(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      chunks.length = 0;
      reject(error);
    };
    stream.on("data", (chunk: Buffer) => !failed && chunks.push(chunk));
    stream.on("limit", () => fail(tooLarge()));
    stream.on("error", (error) => fail(mapUploadError(error)));
    stream.on("end", () => ((stream as { truncated?: boolean }).truncated ? fail(tooLarge()) : !failed && resolve(Buffer.concat(chunks))));
  });
}

/**
 * The bytes of an uploaded file, or PAYLOAD_TOO_LARGE as soon as it passes the limit; only
 * once the whole request is read, so one that breaks a limit after its file stores nothing.
 */
export async function readUpload(upload: Promise<FileUpload>): Promise<Buffer> {
  try {
    const file = await upload;
    const bytes = await readLimited(file.stream);
    await file.requestRead;
    return bytes;
  } catch (error) {
    throw mapUploadError(error);
  }
}
