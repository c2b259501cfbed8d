import adapter from "@sveltejs/adapter-node";
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // SvelteKit adds a nonce (or a hash, for prerendered pages) for its own inline script, so
    // no 'unsafe-inline'; in dev it relaxes style-src for Vite's injected styles by itself
    csp: {
      mode: "auto",
      directives: {
        "default-src": ["self"],
        "script-src": ["self"],
        "style-src": ["self"],
        // SvelteKit's route announcer (a visually hidden live region) carries this one style
        // attribute; a Kit upgrade that changes it shows up as a violation in web-security.test.ts
        "style-src-attr": ["unsafe-hashes", "sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo="],
        // blob: for the avatar preview before upload; avatars themselves come from /uploads
        "img-src": ["self", "blob:"],
        "font-src": ["self"],
        "connect-src": ["self"],
        "form-action": ["self"],
        "frame-ancestors": ["none"],
        "base-uri": ["none"],
        "object-src": ["none"],
      },
    },
  },
};
