import type { FastifyInstance } from "fastify";
import { mercuriusUpload } from "mercurius-upload";
import { Upload } from "graphql-upload-minimal";
import { AVATAR_MAX_BYTES } from "../avatars/read-upload.ts";

/** Every Upload placeholder the multipart parser put into the operation's variables. */
function findUploads(value: unknown, found: Upload[] = []): Upload[] {
  if (value instanceof Upload) found.push(value);
  else if (value && typeof value === "object") for (const inner of Object.values(value)) findUploads(inner, found);
  return found;
}

/**
 * GraphQL multipart requests (the multipart request spec) for the context `app`. Call it in
 * an encapsulated child that also holds Mercurius: its multipart parser would clash with
 * @fastify/multipart's (FST_ERR_CTP_ALREADY_PRESENT) in a shared context.
 */
export async function registerUploads(app: FastifyInstance): Promise<void> {
  // mercurius-upload's own onSend waits for the whole request body. A file no resolver read
  // (refused by @auth, a validation error) would stall it forever, so drain those first.
  // Added before the plugin so it runs before the plugin's hook.
  app.addHook("onSend", async (request) => {
    if (!request.mercuriusUploadMultipart) return;
    for (const upload of findUploads(request.body)) {
      upload.promise.then(
        (file) => {
          try {
            file.createReadStream().resume();
          } catch {
            // already handed to a resolver, which reads it to the end
          }
        },
        () => {},
      );
    }
  });
  await app.register(mercuriusUpload, {
    // one byte past the avatar limit: the parser discards the rest, so a huge body is never held
    maxFileSize: AVATAR_MAX_BYTES + 1,
    maxFiles: 1,
    maxFieldSize: 100_000,
  });
}
