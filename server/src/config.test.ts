import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("uses the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4100,
      host: "127.0.0.1",
      databaseUrl: "sqlite:./data/debrief.db",
      publicUrl: "http://127.0.0.1:4100",
      secureCookies: false,
      logLevel: "info",
      trustProxy: false,
    });
  });

  it("reads every variable and marks https public URLs for secure cookies", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATABASE_URL: "postgres://debrief@db/debrief",
      PUBLIC_URL: "https://debrief.example.org/",
      LOG_LEVEL: "warn",
      TRUST_PROXY: "true",
    });
    expect(config).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      databaseUrl: "postgres://debrief@db/debrief",
      publicUrl: "https://debrief.example.org",
      secureCookies: true,
      logLevel: "warn",
      trustProxy: true,
    });
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", PUBLIC_URL: "" }).port).toBe(4100);
  });

  it("names every bad variable in one error", () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", PUBLIC_URL: "ftp://x", LOG_LEVEL: "loud" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    for (const name of ["PORT", "DATABASE_URL", "PUBLIC_URL", "LOG_LEVEL"]) expect(message).toContain(name);
    expect((caught as ConfigError).problems).toHaveLength(4);
  });

  it("rejects out-of-range ports", () => {
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT/);
  });
});
