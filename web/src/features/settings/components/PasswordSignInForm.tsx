import { FormAlert } from "../../../ui/FormAlert.tsx";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { useSetPasswordSignIn } from "../identity-queries.ts";

/** The owner's switch for password sign-in; the server refuses "off" while it would lock them out. */
export function PasswordSignInForm({ enabled }: { enabled: boolean }) {
  const toggle = useSetPasswordSignIn();
  return (
    <>
      <p>
        {enabled
          ? "People can sign in and create accounts with an email and password."
          : "Password sign-in is off: people sign in only through the providers above."}
      </p>
      {enabled ? (
        <p className="field-hint">
          To turn it off, first link your own account at one of the providers (Settings → Sign-in methods), so you can
          still get in. If a provider ever breaks, <code>debrief password-sign-in on</code> on the server turns
          passwords back on.
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={toggle.isPending || undefined}
          onClick={() => {
            if (!toggle.isPending) toggle.mutate(!enabled);
          }}
        >
          {enabled ? "Turn off password sign-in" : "Turn on password sign-in"}
        </button>
      </div>
      <FormAlert message={toggle.error?.message} />
      <StatusMessage message={toggle.isSuccess ? "Saved." : null} />
    </>
  );
}
