// The sign-in redirect's sanitiser on its own (fast); the browser test is in web-security.test.ts.
import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "../../web/src/lib/redirect-target.ts";

describe("safeRedirectTarget", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeRedirectTarget("/sessions")).toBe("/sessions");
    expect(safeRedirectTarget("/admin/users?search=%C3%89cole&page=2#top")).toBe("/admin/users?search=%C3%89cole&page=2#top");
  });

  it("falls back to /profile for anything that could leave the site", () => {
    const hostile = [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example", // browsers drop tabs and newlines: this is //evil.example
      "/\t\\evil.example",
      "/\n/evil.example",
      "\\\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      " /profile",
      "profile",
    ];
    for (const target of hostile) expect(safeRedirectTarget(target), JSON.stringify(target)).toBe("/profile");
  });

  it("falls back for control and invisible characters, which would not fit in a Location header", () => {
    for (const target of ["/\n/x", "/\r/x", "/\0/x", "/\u200b/x", "/x\u007f", "/\u0085x", "/é"]) {
      expect(safeRedirectTarget(target), JSON.stringify(target)).toBe("/profile");
    }
  });

  it("falls back for nothing at all, and takes another fallback", () => {
    expect(safeRedirectTarget(null)).toBe("/profile");
    expect(safeRedirectTarget("")).toBe("/profile");
    expect(safeRedirectTarget("//evil.example", "/")).toBe("/");
  });
});
