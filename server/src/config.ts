import { z } from "zod";

/** Log levels pino understands, plus "silent" for tests and benchmarks. */
const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const databaseUrl = z
  .string()
  .trim()
  .refine(
    (value) => /^sqlite:.+/.test(value) || /^postgres(ql)?:\/\/.+/.test(value),
    "must be sqlite:<path> (or sqlite::memory:) or a postgres:// URL",
  );

const publicUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an absolute http(s) URL, e.g. https://debrief.example.org")
  .transform((value) => value.replace(/\/+$/, ""));

/** 32 random bytes in base64 (e.g. `openssl rand -base64 32`): the key that seals secrets at rest. */
const secretKey = z
  .string()
  .trim()
  .refine(
    (value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32,
    "must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`",
  )
  .transform((value) => Buffer.from(value, "base64"));

/** Variables whose values must never be echoed back in an error message. */
const secretVariables = new Set(["SECRET_KEY"]);

const configSchema = z.object({
  PORT: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, "must be a port number (0-65535)")
    .transform(Number)
    .pipe(z.number().max(65535, "must be a port number (0-65535)"))
    .default(4100),
  HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
  DATABASE_URL: databaseUrl.default("sqlite:./data/debrief.db"),
  PUBLIC_URL: publicUrl.optional(),
  LOG_LEVEL: z.enum(logLevels, { message: `must be one of ${logLevels.join(", ")}` }).default("info"),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"], { message: "must be true or false" })
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  SECRET_KEY: secretKey.optional(),
});

export type ConfigInput = z.input<typeof configSchema>;

/** Settings the server runs with; everything else is derived from these. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Where people reach the app; defaults to http://HOST:PORT. */
  publicUrl: string;
  /** True when PUBLIC_URL is https: cookies then carry the Secure flag. */
  secureCookies: boolean;
  logLevel: (typeof logLevels)[number];
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (sign-in throttling uses it). */
  trustProxy: boolean;
  /** SECRET_KEY, or null to use the key file (see crypto/server-key.ts). */
  secretKey: Buffer | null;
}

/** Raised when the environment holds bad values; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads and validates the configuration. This is the only place in the server that reads
 * process.env; pass an explicit object in tests.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(configSchema.shape)
      .map((key) => [key, env[key] === "" ? undefined : env[key]])
      .filter(([, value]) => value !== undefined),
  );
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "config");
      const shown = secretVariables.has(name) ? "(hidden)" : JSON.stringify(picked[name] ?? "");
      return `${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const values = parsed.data;
  const publicUrlValue =
    values.PUBLIC_URL ?? `http://${values.HOST.includes(":") ? `[${values.HOST}]` : values.HOST}:${values.PORT}`;
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    publicUrl: publicUrlValue,
    secureCookies: publicUrlValue.startsWith("https:"),
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
    secretKey: values.SECRET_KEY ?? null,
  };
}

/** Where the CLI's remote commands send requests, and the token they send. */
export interface RemoteConfig {
  server: string;
  token: string | null;
}

/**
 * Settings for CLI commands that talk to a running server over HTTP: DEBRIEF_SERVER (default:
 * this machine's PUBLIC_URL) and DEBRIEF_TOKEN (a personal access token). Flags override both.
 */
export function loadRemoteConfig(
  flags: { server?: string | undefined; token?: string | undefined },
  env: Record<string, string | undefined> = process.env,
): RemoteConfig {
  const server = flags.server ?? env.DEBRIEF_SERVER ?? loadConfig(env).publicUrl;
  const parsed = publicUrl.safeParse(server);
  if (!parsed.success)
    throw new ConfigError([`DEBRIEF_SERVER=${JSON.stringify(server)}: ${parsed.error.issues[0]?.message}`]);
  return { server: parsed.data, token: flags.token ?? env.DEBRIEF_TOKEN ?? null };
}
