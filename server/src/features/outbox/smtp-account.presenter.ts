import type { SmtpAccount } from "../../../../contract/outbox.ts";
import type { SmtpAccountRow } from "./smtp-accounts.repo.ts";

/** The account as the API shows it: whether a password is stored, never the password. */
export function presentSmtpAccount(row: SmtpAccountRow | undefined): { account: SmtpAccount | null } {
  if (!row) return { account: null };
  return {
    account: {
      host: row.host,
      port: row.port,
      security: row.security,
      username: row.username,
      hasPassword: row.password_encrypted !== null,
      fromName: row.from_name,
      fromAddress: row.from_address,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
  };
}
