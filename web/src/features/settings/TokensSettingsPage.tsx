import { useRef, useState } from "react";
import type { CreatedToken } from "../../../../contract/tokens.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { CreateTokenForm } from "./components/CreateTokenForm.tsx";
import { OneTimeSecret } from "./components/OneTimeSecret.tsx";
import { TokenList } from "./components/TokenList.tsx";
import { useTokens } from "./tokens-queries.ts";

/** /settings/tokens: personal access tokens for scripts and the command line. */
export function TokensSettingsPage() {
  const tokens = useTokens();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  // Focus goes somewhere sensible when the thing that had it (Done, Revoke) disappears.
  const createHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  return (
    <>
      <PageTitle documentTitle="Access tokens · Settings">Personal access tokens</PageTitle>
      <p className="lead">
        Tokens let your own scripts and the Debrief command line use your account without your password. Send one in the{" "}
        <code>Authorization</code> header as <code>Bearer dbf_…</code>. A token can do anything you can, so keep it as
        private as a password and revoke it when you no longer need it.
      </p>

      <section className="card" aria-labelledby="tokens-create">
        <h2 id="tokens-create" ref={createHeading} tabIndex={-1}>
          Create a token
        </h2>
        {created ? (
          <OneTimeSecret
            title={`Your new token “${created.info.name}”`}
            label="New token"
            value={created.token}
            onDone={() => {
              setCreated(null);
              createHeading.current?.focus();
            }}
          />
        ) : (
          <CreateTokenForm onCreated={setCreated} />
        )}
      </section>

      <section className="card" aria-labelledby="tokens-list">
        <h2 id="tokens-list" ref={listHeading} tabIndex={-1}>
          Your tokens
        </h2>
        {tokens.isPending ? <p>Loading your tokens…</p> : null}
        {tokens.isError ? <FormAlert message={tokens.error.message} /> : null}
        {tokens.data ? <TokenList tokens={tokens.data} afterRevoke={() => listHeading.current?.focus()} /> : null}
      </section>
    </>
  );
}
