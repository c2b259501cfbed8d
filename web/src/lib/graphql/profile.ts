import { graphql } from "./generated";

export const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...UserFields
    }
  }
`);

export const REPLACE_PROFILE = graphql(`
  mutation ReplaceProfile($input: ReplaceProfileInput!) {
    replaceProfile(input: $input) {
      ...UserFields
    }
  }
`);

export const REMOVE_AVATAR = graphql(`
  mutation RemoveAvatar {
    removeAvatar {
      ...UserFields
    }
  }
`);

/**
 * Uploads go as a GraphQL multipart request (upload-avatar.ts, upload-avatar-browser.ts), not
 * through urql, so the browser can report progress; they send this document's text.
 */
export const UPLOAD_AVATAR = graphql(`
  mutation UploadAvatar($file: Upload!) {
    uploadAvatar(file: $file) {
      id
      avatarUrl
    }
  }
`);
