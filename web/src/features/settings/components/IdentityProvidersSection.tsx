import { useRef } from "react";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { useIdentityProviders } from "../identity-queries.ts";
import { AddProviderForm } from "./AddProviderForm.tsx";
import { PasswordSignInForm } from "./PasswordSignInForm.tsx";
import { ProviderList } from "./ProviderList.tsx";

/** The owner's sign-in choices: identity providers, and whether passwords still work. */
export function IdentityProvidersSection() {
  const providers = useIdentityProviders();
  const listHeading = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <section className="card" aria-labelledby="server-providers">
        <h2 id="server-providers" ref={listHeading} tabIndex={-1}>
          Sign in with an existing account
        </h2>
        <p>
          Let people sign in with an account they already have. Register this server with the provider using the
          redirect address shown, then paste the client id and secret it gives you.
        </p>
        {providers.isPending ? <p>Loading providers…</p> : null}
        {providers.isError ? <FormAlert message={providers.error.message} /> : null}
        {providers.data ? <ProviderList providers={providers.data.providers} /> : null}
      </section>

      <section className="card" aria-labelledby="server-add-provider">
        <h2 id="server-add-provider">Add a provider</h2>
        <AddProviderForm onAdded={() => listHeading.current?.focus()} />
      </section>

      <section className="card" aria-labelledby="server-password">
        <h2 id="server-password">Password sign-in</h2>
        {providers.data ? <PasswordSignInForm enabled={providers.data.passwordSignIn} /> : null}
      </section>
    </>
  );
}
