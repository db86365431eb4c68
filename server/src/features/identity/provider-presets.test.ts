import { describe, expect, it } from "vitest";
import { providerPresets } from "./provider-presets.ts";

const map = (
  preset: keyof typeof providerPresets,
  sources: Parameters<(typeof providerPresets)["oidc"]["mapProfile"]>[0],
) => providerPresets[preset].mapProfile(sources);

describe("mapping each provider's profile", () => {
  it("takes OpenID Connect claims, trusting email_verified only when it is literally true", () => {
    const claims = { sub: "248289761001", email: "Jane@Example.com", email_verified: true, name: "Jane Doe" };
    expect(map("google", { claims })).toEqual({
      subject: "248289761001",
      email: "jane@example.com",
      emailVerified: true,
      name: "Jane Doe",
    });
    expect(map("oidc", { claims: { ...claims, email_verified: "true" } })?.emailVerified).toBe(false);
    expect(map("oidc", { claims: { ...claims, email_verified: undefined } })?.emailVerified).toBe(false);
    expect(map("oidc", { claims: { email: "x@example.com" } })).toBeNull();
  });

  it("never treats Microsoft's email as verified (it is mutable)", () => {
    const claims = {
      sub: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
      email: "alex@contoso.com",
      email_verified: true,
    };
    expect(map("microsoft", { claims })).toMatchObject({ email: "alex@contoso.com", emailVerified: false });
  });

  it("uses GitHub's primary verified email, and the public one only as unverified", () => {
    const profile = { id: 583231, login: "octocat", name: null, email: "public@github.example" };
    const emails = [
      { email: "old@github.example", primary: false, verified: true },
      { email: "Octo@GitHub.example", primary: true, verified: true },
    ];
    expect(map("github", { profile, emails })).toEqual({
      subject: "583231",
      email: "octo@github.example",
      emailVerified: true,
      name: "octocat",
    });
    const unverified = [{ email: "octo@github.example", primary: true, verified: false }];
    expect(map("github", { profile, emails: unverified })).toMatchObject({
      email: "public@github.example",
      emailVerified: false,
    });
    expect(map("github", { profile: { login: "no-id" } })).toBeNull();
  });

  it("reads WordPress.com's /me with its email_verified flag", () => {
    const profile = {
      ID: 12345,
      display_name: "Wendy",
      username: "wendy",
      email: "wendy@wp.example",
      email_verified: true,
    };
    expect(map("wordpress", { profile })).toEqual({
      subject: "12345",
      email: "wendy@wp.example",
      emailVerified: true,
      name: "Wendy",
    });
    expect(map("wordpress", { profile: { ...profile, email_verified: false } })?.emailVerified).toBe(false);
  });

  it("gives X accounts no email, so they are linked from settings only", () => {
    const profile = { data: { id: "2244994945", name: "X Dev", username: "XDevelopers" } };
    expect(map("x", { profile })).toEqual({ subject: "2244994945", email: null, emailVerified: false, name: "X Dev" });
    expect(map("x", { profile: { errors: [] } })).toBeNull();
  });

  it("treats an email Facebook returns as confirmed, and its absence as none", () => {
    expect(map("facebook", { profile: { id: "10158", name: "Fay", email: "fay@fb.example" } })).toEqual({
      subject: "10158",
      email: "fay@fb.example",
      emailVerified: true,
      name: "Fay",
    });
    expect(map("facebook", { profile: { id: "10159", name: "No Email" } })).toMatchObject({
      email: null,
      emailVerified: false,
    });
  });

  it("uses PKCE-friendly endpoints over https for every OAuth 2.0 preset", () => {
    for (const preset of Object.values(providerPresets)) {
      for (const url of [preset.authorizationEndpoint, preset.tokenEndpoint, preset.profileEndpoint]) {
        if (url) expect(url.startsWith("https://")).toBe(true);
      }
    }
  });
});
