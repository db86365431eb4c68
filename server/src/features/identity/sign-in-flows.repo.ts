import type { Kysely, Selectable } from "kysely";
import type { SignInFlowsTable } from "../../db/schema/identity.ts";
import type { Database } from "../../db/schema.ts";

export type SignInFlowRow = Selectable<SignInFlowsTable>;

/** Sign-ins in progress. Held in the database so any app instance can finish one. */
export class SignInFlowsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: SignInFlowRow): Promise<void> {
    await this.db.insertInto("sign_in_flows").values(row).execute();
  }

  /**
   * Takes the flow for this state and browser, deleting it in the same statement: a flow is
   * used once, so a replayed callback (or two racing ones) finds nothing the second time.
   */
  take(stateHash: string, bindingHash: string): Promise<SignInFlowRow | undefined> {
    return this.db
      .deleteFrom("sign_in_flows")
      .where("state_hash", "=", stateHash)
      .where("browser_binding_hash", "=", bindingHash)
      .returningAll()
      .executeTakeFirst();
  }

  /** Forgets abandoned flows (people who never came back from the provider). */
  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom("sign_in_flows").where("expires_at", "<", now).execute();
  }
}
