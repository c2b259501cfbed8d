import { gql } from "@urql/core";
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/browser";
import type { Passkey, User } from "./types";

// Passkeys: the list and its changes on the profile page, and the two WebAuthn ceremonies,
// whose options and responses travel as @simplewebauthn's JSON shapes (the API's JSON scalar).

const PASSKEY_FIELDS = gql`
  fragment PasskeyFields on Passkey {
    id
    name
    createdAt
    lastUsedAt
    backedUp
  }
`;

export const PASSKEYS = gql<{ passkeys: Passkey[] }, Record<string, never>>`
  query Passkeys {
    passkeys {
      ...PasskeyFields
    }
  }
  ${PASSKEY_FIELDS}
`;

export const PASSKEY_REGISTRATION_OPTIONS = gql<{ passkeyRegistrationOptions: PublicKeyCredentialCreationOptionsJSON }, Record<string, never>>`
  mutation PasskeyRegistrationOptions {
    passkeyRegistrationOptions
  }
`;

export const REGISTER_PASSKEY = gql<{ registerPasskey: Passkey }, { response: RegistrationResponseJSON; name?: string | null }>`
  mutation RegisterPasskey($response: JSON!, $name: String) {
    registerPasskey(response: $response, name: $name) {
      ...PasskeyFields
    }
  }
  ${PASSKEY_FIELDS}
`;

export const PASSKEY_LOGIN_OPTIONS = gql<{ passkeyLoginOptions: { challengeId: string; options: PublicKeyCredentialRequestOptionsJSON } }, { identifier?: string | null }>`
  mutation PasskeyLoginOptions($identifier: String) {
    passkeyLoginOptions(identifier: $identifier) {
      challengeId
      options
    }
  }
`;

export const LOGIN_WITH_PASSKEY = gql<{ loginWithPasskey: { user: Pick<User, "id"> } }, { challengeId: string; response: AuthenticationResponseJSON }>`
  mutation LoginWithPasskey($challengeId: ID!, $response: JSON!) {
    loginWithPasskey(challengeId: $challengeId, response: $response) {
      user {
        id
      }
    }
  }
`;

export const RENAME_PASSKEY = gql<{ renamePasskey: Passkey }, { id: string; name: string }>`
  mutation RenamePasskey($id: ID!, $name: String!) {
    renamePasskey(id: $id, name: $name) {
      ...PasskeyFields
    }
  }
  ${PASSKEY_FIELDS}
`;

export const DELETE_PASSKEY = gql<{ deletePasskey: boolean }, { id: string }>`
  mutation DeletePasskey($id: ID!) {
    deletePasskey(id: $id)
  }
`;
