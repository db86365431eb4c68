import { useRef, useState } from "react";
import type { CreatedInvite } from "../../../../contract/admin.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { useInstanceSettings, useInvites } from "./admin-queries.ts";
import { CreateInviteForm } from "./components/CreateInviteForm.tsx";
import { IdentityProvidersSection } from "./components/IdentityProvidersSection.tsx";
import { InviteList } from "./components/InviteList.tsx";
import { OneTimeSecret } from "./components/OneTimeSecret.tsx";
import { RegistrationModeForm } from "./components/RegistrationModeForm.tsx";

/** /settings/server (owner only): who may sign up, invites, and how people sign in. */
export function ServerSettingsPage() {
  const settings = useInstanceSettings();
  const invites = useInvites();
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const createHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const mode = settings.data?.registrationMode;

  return (
    <>
      <PageTitle documentTitle="Sign-ups and sign-in · Settings">Sign-ups and sign-in</PageTitle>
      <p className="lead">You're the owner of this server, so these choices are yours.</p>

      <section className="card" aria-labelledby="server-registration">
        <h2 id="server-registration">Registration</h2>
        {settings.isPending ? <p>Loading…</p> : null}
        {settings.isError ? <FormAlert message={settings.error.message} /> : null}
        {settings.data ? <RegistrationModeForm current={settings.data.registrationMode} /> : null}
      </section>

      <section className="card" aria-labelledby="server-invite">
        <h2 id="server-invite" ref={createHeading} tabIndex={-1}>
          Invite someone
        </h2>
        <p>
          An invite is a link that creates one account. Share it however you like; it works until it is used, revoked or
          expires.
          {mode && mode !== "invite_only" ? " Right now registration isn't invite only, so nobody needs one." : null}
        </p>
        {created ? (
          <OneTimeSecret
            title="Your new invite link"
            label="Invite link"
            value={created.url}
            onDone={() => {
              setCreated(null);
              createHeading.current?.focus();
            }}
          />
        ) : (
          <CreateInviteForm onCreated={setCreated} />
        )}
      </section>

      <section className="card" aria-labelledby="server-invites">
        <h2 id="server-invites" ref={listHeading} tabIndex={-1}>
          Your invites
        </h2>
        {invites.isPending ? <p>Loading your invites…</p> : null}
        {invites.isError ? <FormAlert message={invites.error.message} /> : null}
        {invites.data ? <InviteList invites={invites.data} afterRemove={() => listHeading.current?.focus()} /> : null}
      </section>

      <IdentityProvidersSection />
    </>
  );
}
