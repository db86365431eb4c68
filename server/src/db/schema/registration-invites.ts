/** An invitation to register while registration is invite-only. Only the token's hash is stored. */
export interface RegistrationInvitesTable {
  id: string;
  /** The owner who made it: invites are owner-scoped like every other row. */
  user_id: string;
  token_hash: string;
  email: string | null;
  note: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by_user_id: string | null;
}
