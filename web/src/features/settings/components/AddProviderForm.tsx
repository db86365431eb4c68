import { type FormEvent, useRef, useState } from "react";
import { type CreateProviderRequest, type IdentityPreset, identityPresets } from "../../../../../contract/identity.ts";
import { CopyField } from "../../../ui/CopyField.tsx";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { SelectField } from "../../../ui/SelectField.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { useCreateProvider } from "../identity-queries.ts";

export const presetLabels: Record<IdentityPreset, string> = {
  oidc: "Another OpenID Connect provider",
  google: "Google",
  microsoft: "Microsoft (work or school)",
  github: "GitHub",
  wordpress: "WordPress.com",
  x: "X",
  facebook: "Facebook",
};

const labels = {
  preset: "Provider",
  displayName: "Button name",
  slug: "Short name",
  issuer: "Issuer URL",
  tenant: "Directory (tenant) id",
  clientId: "Client id",
  clientSecret: "Client secret",
};

/** Adds a provider: the preset fills in what it knows; the owner pastes what the provider gave them. */
export function AddProviderForm({ onAdded }: { onAdded: () => void }) {
  const create = useCreateProvider();
  const form = useRef<HTMLFormElement>(null);
  const [preset, setPreset] = useState<IdentityPreset>("google");
  const [slug, setSlug] = useState("google");
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  function choosePreset(next: IdentityPreset) {
    setPreset(next);
    // The short name follows the preset until the owner types their own.
    if (slug === "" || identityPresets.includes(slug as IdentityPreset)) setSlug(next);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const element = event.currentTarget;
    const data = new FormData(element);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const input: CreateProviderRequest = {
      preset,
      slug: text("slug"),
      displayName: text("displayName") || presetLabels[preset].replace(/ \(.*\)$/, ""),
      clientId: text("clientId"),
      ...(text("clientSecret") ? { clientSecret: text("clientSecret") } : {}),
      ...(preset === "oidc" ? { issuer: text("issuer") } : {}),
      ...(preset === "microsoft" ? { tenant: text("tenant") } : {}),
    };
    setErrors(noErrors);
    create.mutate(input, {
      onSuccess: () => {
        element.reset();
        setPreset("google");
        setSlug("google");
        onAdded();
      },
      onError: (error) => setErrors(errorsFromError(error, labels)),
    });
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={submit}>
      <SelectField
        label={labels.preset}
        name="preset"
        value={preset}
        onChange={(event) => choosePreset(event.target.value as IdentityPreset)}
        error={errors.fields.preset}
      >
        {identityPresets.map((value) => (
          <option key={value} value={value}>
            {presetLabels[value]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={labels.displayName}
        name="displayName"
        autoComplete="off"
        placeholder={presetLabels[preset].replace(/ \(.*\)$/, "")}
        hint="Shown as “Continue with …” on the sign-in page."
        error={errors.fields.displayName}
      />
      <TextField
        label={labels.slug}
        name="slug"
        autoComplete="off"
        spellCheck={false}
        mono
        value={slug}
        onChange={(event) => setSlug(event.target.value)}
        hint="Lowercase letters, digits and dashes. It is part of the redirect address below."
        error={errors.fields.slug}
      />
      {preset === "oidc" ? (
        <TextField
          label={labels.issuer}
          name="issuer"
          type="url"
          autoComplete="off"
          spellCheck={false}
          hint="The provider's address; its settings are read from /.well-known/openid-configuration there."
          error={errors.fields.issuer}
        />
      ) : null}
      {preset === "microsoft" ? (
        <TextField
          label={labels.tenant}
          name="tenant"
          autoComplete="off"
          spellCheck={false}
          mono
          hint="From the Azure portal's app registration overview (a GUID, or your domain)."
          error={errors.fields.tenant}
        />
      ) : null}
      <CopyField label="Redirect address to register with the provider" value={redirectPreview(slug)} />
      <TextField
        label={labels.clientId}
        name="clientId"
        autoComplete="off"
        spellCheck={false}
        mono
        error={errors.fields.clientId}
      />
      <TextField
        label={labels.clientSecret}
        name="clientSecret"
        type="password"
        autoComplete="new-password"
        hint="Stored encrypted and never shown again."
        error={errors.fields.clientSecret}
      />
      <FormAlert message={errors.message} />
      <SubmitButton pending={create.isPending} pendingLabel="Adding…" variant="secondary">
        Add provider
      </SubmitButton>
    </form>
  );
}

/** The callback address as this browser sees the server (the list shows the server's own once added). */
function redirectPreview(slug: string): string {
  return `${window.location.origin}/api/auth/oidc/${slug || "<short-name>"}/callback`;
}
