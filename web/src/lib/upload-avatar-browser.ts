import { stringifyDocument } from "@urql/core";
import { UPLOAD_AVATAR } from "$lib/graphql/profile";
import type { UploadAvatarMutation } from "$lib/graphql/generated/graphql";

export const AVATAR_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"];
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

export interface UploadOutcome {
  user?: UploadAvatarMutation["uploadAvatar"];
  code?: string;
  extensions?: Record<string, unknown>;
}

/**
 * Send the avatar from the browser straight to our /graphql proxy as a GraphQL multipart
 * request. XMLHttpRequest, not fetch: only it reports upload progress.
 */
export function uploadAvatarWithProgress(file: File, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: stringifyDocument(UPLOAD_AVATAR), variables: { file: null } }));
  body.set("map", JSON.stringify({ "0": ["variables.file"] }));
  body.set("0", file, file.name);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/graphql");
    xhr.setRequestHeader("mercurius-require-preflight", "true");
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => resolve({ code: "NETWORK_ERROR" });
    xhr.onload = () => {
      if (xhr.status === 413) return resolve({ code: "PAYLOAD_TOO_LARGE" });
      try {
        const json = JSON.parse(xhr.responseText) as { data?: UploadAvatarMutation; errors?: { extensions?: Record<string, unknown> }[] };
        if (json.data?.uploadAvatar) return resolve({ user: json.data.uploadAvatar });
        const extensions = json.errors?.[0]?.extensions ?? {};
        resolve({ code: String(extensions.code ?? "INTERNAL_SERVER_ERROR"), extensions });
      } catch {
        resolve({ code: "INTERNAL_SERVER_ERROR" });
      }
    };
    xhr.send(body);
  });
}
