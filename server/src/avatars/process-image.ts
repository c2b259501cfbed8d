// Judge an image by its bytes, never its name or declared type, and re-encode it clean.
import { AppError } from "../lib/errors.ts";
import type { AvatarExtension } from "./avatar-files.ts";

const AVATAR_MAX_PIXELS = 4096;

type Format = "png" | "jpeg" | "webp" | "gif";

const extensions: Record<Format, AvatarExtension> = { png: "png", jpeg: "jpg", webp: "webp", gif: "gif" };

/** The format by magic number: the first bytes each format must start with. */
function sniffImageFormat(bytes: Buffer): Format | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return "jpeg";
  if (/^GIF8[79]a$/.test(bytes.subarray(0, 6).toString("latin1"))) return "gif";
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP") return "webp";
  return null;
}

const unsupported = () => new AppError("UNSUPPORTED_MEDIA_TYPE");

// sharp (libvips) costs ~37 MB resident once loaded: load it on the first upload, not at start.
let sharpModule: Promise<typeof import("sharp").default> | undefined;
const loadSharp = () => (sharpModule ??= import("sharp").then((m) => m.default));

/**
 * Check the bytes are a real PNG, JPEG, WebP or GIF within 4096×4096 px, and re-encode them
 * in the same format. Re-encoding drops every piece of metadata (EXIF, GPS, comments) and
 * anything smuggled after the image data; orientation is applied to the pixels first.
 */
export async function reencodeAvatar(bytes: Buffer): Promise<{ bytes: Buffer; extension: AvatarExtension }> {
  const format = sniffImageFormat(bytes);
  if (!format) throw unsupported();
  // the pixel cap also stops a decompression bomb before any pixel is decoded
  const sharp = await loadSharp();
  const options = { limitInputPixels: AVATAR_MAX_PIXELS * AVATAR_MAX_PIXELS, failOn: "error" } as const;
  const meta = await sharp(bytes, options)
    .metadata()
    .catch(() => null);
  if (!meta || meta.format !== format || !meta.width || !meta.height) throw unsupported();
  if (meta.width > AVATAR_MAX_PIXELS || meta.height > AVATAR_MAX_PIXELS) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      { maxWidth: AVATAR_MAX_PIXELS, maxHeight: AVATAR_MAX_PIXELS },
      `The image must be at most ${AVATAR_MAX_PIXELS}×${AVATAR_MAX_PIXELS} pixels.`,
    );
  }
  try {
    const clean = await sharp(bytes, options).rotate().toFormat(format).toBuffer();
    return { bytes: clean, extension: extensions[format] };
  } catch {
    throw unsupported();
  }
}
