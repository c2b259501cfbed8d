import type { RequestEvent } from "@sveltejs/kit";
import { stringifyDocument } from "@urql/core";
import { UPLOAD_AVATAR } from "$lib/graphql/profile";
import type { UploadAvatarMutation } from "$lib/graphql/generated/graphql";

/**
 * The no-JavaScript path for avatars: the file arrived in a form post and goes on to the API
 * as a GraphQL multipart request, through our /graphql proxy like everything else.
 */
export async function uploadAvatar(
  event: RequestEvent,
  file: File,
): Promise<{ data?: UploadAvatarMutation; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: stringifyDocument(UPLOAD_AVATAR), variables: { file: null } }));
  body.set("map", JSON.stringify({ "0": ["variables.file"] }));
  body.set("0", file, file.name);
  const userAgent = event.request.headers.get("user-agent");
  const response = await event.fetch("/graphql", {
    method: "POST",
    body,
    // Mercurius refuses multipart posts without a preflight-forcing header (CSRF prevention)
    headers: { "mercurius-require-preflight": "true", ...(userAgent ? { "user-agent": userAgent } : {}) },
  });
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) {
    const code = response.status === 413 ? "PAYLOAD_TOO_LARGE" : response.status === 415 ? "UNSUPPORTED_MEDIA_TYPE" : "INTERNAL_SERVER_ERROR";
    return { errors: [{ message: code, extensions: { code } }] };
  }
  return response.json();
}
