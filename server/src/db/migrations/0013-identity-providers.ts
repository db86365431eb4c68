import type { Kysely } from "kysely";

/**
 * Signing in with an existing account (OpenID Connect / OAuth 2.0): the providers the server's
 * owner configured, the identities linked to each user, and the short-lived server-side state of
 * sign-ins in progress (kept in the database so several app instances can finish each other's
 * flows). Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("identity_providers")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("slug", "text", (col) => col.notNull().unique())
    .addColumn("display_name", "text", (col) => col.notNull())
    // oidc | google | microsoft | github | wordpress | x | facebook
    .addColumn("preset", "text", (col) => col.notNull())
    // OpenID Connect presets discover their endpoints from the issuer
    .addColumn("issuer", "text")
    // OAuth 2.0-only presets name their endpoints
    .addColumn("authorization_endpoint", "text")
    .addColumn("token_endpoint", "text")
    .addColumn("userinfo_endpoint", "text")
    .addColumn("client_id", "text", (col) => col.notNull())
    // Sealed with the server key (SecretBox); never returned by any API, never exported
    .addColumn("client_secret_sealed", "text")
    .addColumn("scopes", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("enabled", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("user_identities")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("provider_id", "text", (col) => col.notNull().references("identity_providers.id").onDelete("cascade"))
    // The provider's stable id for the person (OIDC "sub"); emails change, this does not
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("email", "text")
    .addColumn("email_verified", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("last_used_at", "text")
    .addUniqueConstraint("user_identities_provider_subject_key", ["provider_id", "subject"])
    .execute();
  await db.schema.createIndex("user_identities_user_idx").on("user_identities").columns(["user_id"]).execute();

  await db.schema
    .createTable("sign_in_flows")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("state_hash", "text", (col) => col.notNull().unique())
    // Hash of a random value also held in a short-lived HttpOnly cookie: a callback URL made in
    // someone else's browser does not finish here (login CSRF)
    .addColumn("browser_binding_hash", "text", (col) => col.notNull())
    .addColumn("provider_id", "text", (col) => col.notNull().references("identity_providers.id").onDelete("cascade"))
    .addColumn("code_verifier", "text", (col) => col.notNull())
    .addColumn("nonce", "text")
    // sign_in | link
    .addColumn("intent", "text", (col) => col.notNull())
    .addColumn("link_user_id", "text", (col) => col.references("users.id").onDelete("cascade"))
    // A relative path on this site
    .addColumn("return_to", "text", (col) => col.notNull().defaultTo("/"))
    // Carried through for invite-only servers; checked when the account is created
    .addColumn("registration_invite_token", "text")
    .addColumn("circle_invite_token", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("sign_in_flows_expires_idx").on("sign_in_flows").columns(["expires_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("sign_in_flows").execute();
  await db.schema.dropTable("user_identities").execute();
  await db.schema.dropTable("identity_providers").execute();
}
