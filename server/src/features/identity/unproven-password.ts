import type { Kysely, Transaction } from "kysely";
import { nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";

/**
 * Guards against a pre-hijacked account. Registration with a password never proves the email is
 * yours, so an attacker can sign up with someone else's address first and wait. When that person
 * later signs in through a provider that vouches for the address, the identity is linked to the
 * existing account, and this removes what the unproven registrant may still hold: the password,
 * every session and every personal access token. The rightful owner can set a new password in
 * Settings. (The mitigation recommended by Sudhodanan & Paverd, "Pre-hijacked accounts", 2022.)
 */
export async function clearUnprovenCredentials(trx: Transaction<Database> | Kysely<Database>, userId: string) {
  await trx.updateTable("users").set({ password_hash: null, updated_at: nowIso() }).where("id", "=", userId).execute();
  await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
  await trx.deleteFrom("personal_access_tokens").where("user_id", "=", userId).execute();
}
