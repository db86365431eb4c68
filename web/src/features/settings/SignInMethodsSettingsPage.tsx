import { useSearchParams } from "react-router";
import { formatDateTime } from "../../lib/format-date.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { oidcErrorMessage } from "../auth/oidc-error-messages.ts";
import { providerStartHref, useSignInOptions } from "../auth/provider-queries.ts";
import { useLinkedIdentities, useUnlinkIdentity } from "./identity-queries.ts";

/** /settings/sign-in-methods: my password and the accounts elsewhere I can sign in with. */
export function SignInMethodsSettingsPage() {
  const identities = useLinkedIdentities();
  const options = useSignInOptions();
  const unlink = useUnlinkIdentity();
  const [searchParams] = useSearchParams();
  const linkError = oidcErrorMessage(searchParams.get("error"));
  const providers = options.data?.providers ?? [];

  return (
    <>
      <PageTitle documentTitle="Sign-in methods · Settings">Sign-in methods</PageTitle>
      <p className="lead">
        The ways you can get into your account. Linking an account you already have (say, at work or with Google) lets
        you sign in with it instead of a password.
      </p>
      <FormAlert message={linkError} />

      <section className="card" aria-labelledby="methods-linked">
        <h2 id="methods-linked">Linked accounts</h2>
        {identities.isPending ? <p>Loading your sign-in methods…</p> : null}
        {identities.isError ? <FormAlert message={identities.error.message} /> : null}
        {identities.data ? (
          <>
            <p>
              {identities.data.hasPassword
                ? options.data?.passwordSignIn === false
                  ? "You have a password, but password sign-in is turned off on this server."
                  : "You can sign in with your email and password."
                : "You don't have a password here: you sign in through a linked account."}
            </p>
            {identities.data.identities.length === 0 ? <p>No linked accounts yet.</p> : null}
            <ul className="item-list">
              {identities.data.identities.map((identity) => (
                <li key={identity.id} className="item">
                  <div className="item-main">
                    <p className="item-title">{identity.provider.displayName}</p>
                    <p className="item-meta">
                      {identity.email ?? "No email shared"} · Linked {formatDateTime(identity.createdAt)}
                      {identity.lastUsedAt ? ` · Last used ${formatDateTime(identity.lastUsedAt)}` : null}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-disabled={unlink.isPending || undefined}
                    onClick={() => {
                      if (!unlink.isPending) unlink.mutate(identity.id);
                    }}
                  >
                    Unlink<span className="visually-hidden"> {identity.provider.displayName}</span>
                  </button>
                </li>
              ))}
            </ul>
            <FormAlert message={unlink.error?.message} />
          </>
        ) : null}
      </section>

      {providers.length > 0 ? (
        <section className="card" aria-labelledby="methods-link">
          <h2 id="methods-link">Link an account</h2>
          <p>You'll sign in at the provider, then come straight back here.</p>
          <div className="button-row">
            {providers.map((provider) => (
              <a
                key={provider.slug}
                className="button button-secondary"
                href={providerStartHref(provider.slug, { intent: "link" })}
              >
                Link your {provider.displayName} account
              </a>
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
