// The two shapes of a profile edit: partial (updateProfile) and full (replaceProfile).
import { z } from "zod";
import type { ReplaceProfileInput, UpdateProfileInput } from "../graphql/resolver-types.ts";
import { bioRule, emailRule, nameRule, passwordRule, usernameRule } from "../lib/validation.ts";

const required = (field: string) => ({ error: () => `The ${field} cannot be cleared.` });

// An empty name or bio means "none": stored as null, like an explicit null.
const clearable = (rule: typeof nameRule) => rule.transform((v) => v || null);

const secrets = {
  password: passwordRule.nullish(),
  currentPassword: z.string().max(1024).nullish(),
  mfaCode: z.string().max(64).nullish(),
};

/** Omitted fields stay untouched; null clears name and bio but not username or email. */
export const partialProfileInput = z.object({
  username: z.string(required("username")).pipe(usernameRule).optional(),
  email: z.string(required("email")).pipe(emailRule).optional(),
  name: clearable(nameRule).nullable().optional(),
  bio: clearable(bioRule).nullable().optional(),
  ...secrets,
});

/** Every profile field is given; the GraphQL input type already requires them. */
export const fullProfileInput = z.object({
  username: usernameRule,
  email: emailRule,
  name: clearable(nameRule),
  bio: clearable(bioRule),
  ...secrets,
});

/** As GraphQL hands it over (the SDL's input types); the schemas above decide what it may hold. */
export type ProfileInput = UpdateProfileInput | ReplaceProfileInput;
export type ProfileChange = z.output<typeof partialProfileInput>;
