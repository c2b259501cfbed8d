import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { avatarPath, contentTypes, type AvatarExtension } from "./avatar-files.ts";

/**
 * Stored avatars. Only names the server generates are served (no path ever comes from the
 * URL), with their real type, no sniffing, and a year of caching: a name is never reused.
 */
export async function avatarFileRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { file: string } }>("/uploads/avatars/:file", async (request, reply) => {
    const file = avatarPath(app.deps, request.params.file);
    const size = file
      ? await stat(file).then(
          (s) => (s.isFile() ? s.size : null),
          () => null,
        )
      : null;
    if (!file || size === null) return reply.code(404).send({ error: "Not found" });
    return reply
      .type(contentTypes[path.extname(file).slice(1) as AvatarExtension])
      .header("content-length", size)
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "public, max-age=31536000, immutable")
      .header("content-security-policy", "default-src 'none'; sandbox")
      .send(createReadStream(file));
  });
}
