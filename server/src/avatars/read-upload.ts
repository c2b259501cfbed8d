// Reading an uploaded file with the size limit enforced while it streams.
import type { Readable } from "node:stream";
import type { FileUpload } from "graphql-upload-minimal";
import { AppError } from "../lib/errors.ts";

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", { maxBytes: AVATAR_MAX_BYTES });

/** The upload parser's own errors carry an HTTP status: 413 is its byte limit tripping. */
function mapUploadError(error: unknown): unknown {
  const status = (error as { status?: number })?.status;
  if (status === 413) return tooLarge();
  if (typeof status === "number") return new AppError("BAD_USER_INPUT", { fields: { file: "The upload did not arrive whole." } });
  return error;
}

/**
 * Collect at most `maxBytes` of the stream. Past the limit nothing more is kept: the rest is
 * drained unread (the parser's own limit cuts it off just past ours) and the call fails.
 */
function readLimited(stream: Readable, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      chunks.length = 0;
      reject(error);
    };
    stream.on("data", (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) return fail(tooLarge());
      chunks.push(chunk);
    });
    stream.on("limit", () => fail(tooLarge()));
    stream.on("error", (error) => fail(mapUploadError(error)));
    stream.on("end", () => ((stream as { truncated?: boolean }).truncated ? fail(tooLarge()) : !failed && resolve(Buffer.concat(chunks))));
  });
}

/** The bytes of an uploaded file, or PAYLOAD_TOO_LARGE as soon as it passes the limit. */
export async function readUpload(upload: Promise<FileUpload> | FileUpload, maxBytes = AVATAR_MAX_BYTES): Promise<Buffer> {
  try {
    const file = await upload;
    return await readLimited(file.createReadStream(), maxBytes);
  } catch (error) {
    throw mapUploadError(error);
  }
}
