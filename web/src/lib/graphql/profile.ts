import { gql } from "@urql/core";
import type { User } from "./types";
import { USER_FIELDS } from "./user-fields";

/** Partial: omitted fields stay as they are; null clears name or bio. */
export interface UpdateProfileInput {
  username?: string;
  email?: string;
  name?: string | null;
  bio?: string | null;
  password?: string;
  currentPassword?: string;
  mfaCode?: string;
}

/** Full: every profile field is given; the password pair only when it changes. */
export interface ReplaceProfileInput {
  username: string;
  email: string;
  name: string;
  bio: string;
  password?: string;
  currentPassword?: string;
  mfaCode?: string;
}

export const UPDATE_PROFILE = gql<{ updateProfile: User }, { input: UpdateProfileInput }>`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const REPLACE_PROFILE = gql<{ replaceProfile: User }, { input: ReplaceProfileInput }>`
  mutation ReplaceProfile($input: ReplaceProfileInput!) {
    replaceProfile(input: $input) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const REMOVE_AVATAR = gql<{ removeAvatar: User }, Record<string, never>>`
  mutation RemoveAvatar {
    removeAvatar {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

/**
 * Uploads go as a GraphQL multipart request (see upload-avatar.ts), not through urql,
 * so the browser can report progress; this is the query text they send.
 */
export const UPLOAD_AVATAR_QUERY = `mutation UploadAvatar($file: Upload!) { uploadAvatar(file: $file) { id avatarUrl } }`;
export type UploadAvatarResult = { uploadAvatar: Pick<User, "id" | "avatarUrl"> };
