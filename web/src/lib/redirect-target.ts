// Where to go after signing in. Browsers drop tabs and newlines from URLs and read "\" as "/",
// so "/\t/evil.example" is "//evil.example" to them: judge the target as a browser parses it.

// any base will do: a target that keeps this origin once resolved against it is a path here
const BASE = "http://authkit.invalid";
// a target we made ourselves is percent-encoded: printable ASCII, no backslash
const PLAIN = /^[\x21-\x5b\x5d-\x7e]+$/;

/** Only paths on this site; anything else (or anything a Location header cannot carry) is `fallback`. */
export function safeRedirectTarget(target: string | null | undefined, fallback = "/profile"): string {
  if (!target || !target.startsWith("/") || !PLAIN.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return url.pathname + url.search + url.hash;
}
