import { type FormEvent, useState } from "react";
import type { AdminProvider } from "../../../../../contract/identity.ts";
import { CopyField } from "../../../ui/CopyField.tsx";
import { DeleteWithConfirmation } from "../../../ui/DeleteWithConfirmation.tsx";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useDeleteProvider, useUpdateProvider } from "../identity-queries.ts";
import { presetLabels } from "./AddProviderForm.tsx";

/** The configured providers, each with its redirect address, a switch, credentials and delete. */
export function ProviderList({ providers }: { providers: AdminProvider[] }) {
  if (providers.length === 0) return <p>No providers yet: people sign in with their email and password.</p>;
  return (
    <ul className="item-list">
      {providers.map((provider) => (
        <ProviderItem key={provider.id} provider={provider} />
      ))}
    </ul>
  );
}

function ProviderItem({ provider }: { provider: AdminProvider }) {
  const update = useUpdateProvider(provider.id);
  const remove = useDeleteProvider(provider.id);
  const [saved, setSaved] = useState(false);

  function saveCredentials(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const data = new FormData(event.currentTarget);
    const clientSecret = String(data.get("clientSecret") ?? "").trim();
    setSaved(false);
    update.mutate(
      { clientId: String(data.get("clientId") ?? "").trim(), ...(clientSecret ? { clientSecret } : {}) },
      { onSuccess: () => setSaved(true) },
    );
  }

  return (
    <li className="item provider-item">
      <div className="item-main">
        <p className="item-title">
          {provider.displayName}
          <span className={`badge ${provider.enabled ? "badge-accent" : ""}`}>{provider.enabled ? "On" : "Off"}</span>
        </p>
        <p className="item-meta">
          {presetLabels[provider.preset]} · {provider.issuer ?? provider.authorizationEndpoint}
        </p>
        <CopyField label={`Redirect address for ${provider.displayName}`} value={provider.redirectUri} />
        <details>
          <summary>Change client id or secret</summary>
          <form className="form" noValidate onSubmit={saveCredentials}>
            <TextField label="Client id" name="clientId" defaultValue={provider.clientId} mono autoComplete="off" />
            <TextField
              label="New client secret"
              name="clientSecret"
              type="password"
              autoComplete="new-password"
              hint={provider.hasClientSecret ? "Leave blank to keep the current secret." : "None set."}
            />
            <SubmitButton pending={update.isPending} pendingLabel="Saving…" variant="secondary">
              Save
            </SubmitButton>
          </form>
        </details>
        <FormAlert message={update.error?.message} />
        <StatusMessage message={saved ? "Saved." : null} />
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={update.isPending || undefined}
            onClick={() => {
              if (!update.isPending) update.mutate({ enabled: !provider.enabled });
            }}
          >
            {provider.enabled ? "Turn off" : "Turn on"}
            <span className="visually-hidden"> {provider.displayName}</span>
          </button>
          <DeleteWithConfirmation
            label="Remove provider"
            title={`Remove “${provider.displayName}”?`}
            remove={remove}
            onDeleted={() => {}}
          >
            <p>
              People who linked an account at {provider.displayName} can no longer sign in with it. Their Debrief
              accounts stay; those without a password will need you to turn this provider back on.
            </p>
          </DeleteWithConfirmation>
        </div>
      </div>
    </li>
  );
}
