import { graphql } from "./generated";

// Passkeys: the list and its changes on the profile page, and the two WebAuthn ceremonies,
// whose options and responses travel as @simplewebauthn's JSON shapes (the API's JSON scalar,
// typed unknown here: lib/passkeys.ts names the shape it hands the browser).

graphql(`
  fragment PasskeyFields on Passkey {
    id
    name
    createdAt
    lastUsedAt
    backedUp
  }
`);

export const PASSKEYS = graphql(`
  query Passkeys {
    passkeys {
      ...PasskeyFields
    }
  }
`);

export const PASSKEY_REGISTRATION_OPTIONS = graphql(`
  mutation PasskeyRegistrationOptions {
    passkeyRegistrationOptions
  }
`);

export const REGISTER_PASSKEY = graphql(`
  mutation RegisterPasskey($response: JSON!, $name: String) {
    registerPasskey(response: $response, name: $name) {
      ...PasskeyFields
    }
  }
`);

export const PASSKEY_LOGIN_OPTIONS = graphql(`
  mutation PasskeyLoginOptions($identifier: String) {
    passkeyLoginOptions(identifier: $identifier) {
      challengeId
      options
    }
  }
`);

export const LOGIN_WITH_PASSKEY = graphql(`
  mutation LoginWithPasskey($challengeId: ID!, $response: JSON!) {
    loginWithPasskey(challengeId: $challengeId, response: $response) {
      user {
        id
      }
    }
  }
`);

export const RENAME_PASSKEY = graphql(`
  mutation RenamePasskey($id: ID!, $name: String!) {
    renamePasskey(id: $id, name: $name) {
      ...PasskeyFields
    }
  }
`);

export const DELETE_PASSKEY = graphql(`
  mutation DeletePasskey($id: ID!) {
    deletePasskey(id: $id)
  }
`);
