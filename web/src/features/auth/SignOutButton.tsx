import { useSignOut } from "./queries.ts";

/**
 * Signs out this session. The route guards notice the signed-out session and go to sign in,
 * which confirms it.
 */
export function SignOutButton() {
  const signOut = useSignOut();
  return (
    <button
      type="button"
      className="button button-secondary"
      aria-disabled={signOut.isPending || undefined}
      onClick={() => {
        if (!signOut.isPending) signOut.mutate();
      }}
    >
      Sign out
    </button>
  );
}
