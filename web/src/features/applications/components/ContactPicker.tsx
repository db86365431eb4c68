import { type KeyboardEvent, type ReactNode, useDeferredValue, useId, useState } from "react";
import { type Contact, createContactRequest } from "../../../../../contract/contacts.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { TextField } from "../../../ui/TextField.tsx";
import { useCreateContact } from "../../contacts/contacts-queries.ts";
import { useContactSearch } from "../application-detail-queries.ts";
import "../contact-picker.css";

/** The little a picker needs to show someone already chosen. */
export interface PickedContact {
  id: string;
  name: string;
  roleTitle: string | null;
}

interface ContactPickerProps {
  legend: string;
  hint?: string;
  picked: PickedContact[];
  onAdd: (contact: PickedContact) => void;
  onRemove: (id: string) => void;
  /** New contacts are filed under this company. */
  companyId?: string | null;
  /** Disables the buttons while a save of the list runs. */
  busy?: boolean;
  emptyText?: string;
  /** More about a chosen person (email, profile link) under their name. */
  describe?: (contact: PickedContact) => ReactNode;
}

const newContactLabels = { name: "Name", roleTitle: "Their role", email: "Email" };

/**
 * Chooses people from the contact list (search as you type) or adds a new one inline. It holds
 * no form of its own (it often sits inside one), so Enter in its inputs never submits the outer form.
 */
export function ContactPicker(props: ContactPickerProps) {
  const { legend, hint, picked, onAdd, onRemove, companyId, busy, emptyText, describe } = props;
  const id = useId();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query.trim());
  const [searching, setSearching] = useState(false);
  const search = useContactSearch(deferredQuery, searching);
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState({ name: "", roleTitle: "", email: "" });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const create = useCreateContact();

  const pickedIds = new Set(picked.map((contact) => contact.id));
  const results = (search.data ?? []).filter((contact) => !pickedIds.has(contact.id));

  function add(contact: Contact | PickedContact) {
    onAdd({ id: contact.id, name: contact.name, roleTitle: contact.roleTitle });
    setQuery("");
  }

  function startCreating() {
    setDraft({ name: query.trim(), roleTitle: "", email: "" });
    setErrors(noErrors);
    setCreating(true);
  }

  function saveNew() {
    if (create.isPending) return;
    const checked = createContactRequest.safeParse({ ...draft, ...(companyId ? { companyId } : {}) });
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, newContactLabels));
    setErrors(noErrors);
    create.mutate(checked.data, {
      onSuccess: (contact) => {
        add(contact);
        setCreating(false);
      },
      onError: (error) => setErrors(errorsFromError(error, newContactLabels)),
    });
  }

  const onEnter = (action: () => void) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    action();
  };

  return (
    <fieldset className="fieldset contact-picker">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {picked.length ? (
        <ul className="picked-list">
          {picked.map((contact) => (
            <li key={contact.id} className="picked-item">
              <div className="picked-main">
                <span className="picked-name">{contact.name}</span>
                {contact.roleTitle ? <span className="item-meta"> · {contact.roleTitle}</span> : null}
                {describe?.(contact)}
              </div>
              <button
                type="button"
                className="button button-quiet"
                aria-disabled={busy || undefined}
                onClick={() => !busy && onRemove(contact.id)}
              >
                Remove<span className="visually-hidden"> {contact.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="quiet-text">{emptyText ?? "Nobody yet."}</p>
      )}

      {creating ? (
        <div className="inline-panel">
          <h3 className="inline-panel-title">New contact</h3>
          <TextField
            label={newContactLabels.name}
            name="contactName"
            value={draft.name}
            autoComplete="off"
            error={errors.fields.name}
            onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
            onKeyDown={onEnter(saveNew)}
          />
          <TextField
            label={newContactLabels.roleTitle}
            name="contactRoleTitle"
            value={draft.roleTitle}
            autoComplete="off"
            hint="Optional, e.g. Head of Research."
            error={errors.fields.roleTitle}
            onChange={(event) => setDraft({ ...draft, roleTitle: event.currentTarget.value })}
            onKeyDown={onEnter(saveNew)}
          />
          <TextField
            label={newContactLabels.email}
            name="contactEmail"
            type="email"
            value={draft.email}
            autoComplete="off"
            hint="Optional."
            error={errors.fields.email}
            onChange={(event) => setDraft({ ...draft, email: event.currentTarget.value })}
            onKeyDown={onEnter(saveNew)}
          />
          <FormAlert message={errors.message} />
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={create.isPending || undefined}
              onClick={saveNew}
            >
              {create.isPending ? "Adding…" : "Add contact"}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setCreating(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="contact-search">
          <label htmlFor={`${id}-search`}>Find someone in your contacts</label>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            value={query}
            aria-describedby={`${id}-results`}
            onFocus={() => setSearching(true)}
            onChange={(event) => {
              setSearching(true);
              setQuery(event.currentTarget.value);
            }}
            onKeyDown={onEnter(() => {
              const first = results[0];
              if (first) add(first);
            })}
          />
          <div id={`${id}-results`} aria-live="polite">
            {searching && search.isError ? <p className="quiet-text">Couldn't search your contacts.</p> : null}
            {searching && search.data && results.length === 0 ? (
              <p className="quiet-text">
                {deferredQuery ? `No contacts match “${deferredQuery}”.` : "No other contacts yet."}
              </p>
            ) : null}
          </div>
          {searching && results.length ? (
            <ul className="contact-results">
              {results.map((contact) => (
                <li key={contact.id}>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-disabled={busy || undefined}
                    onClick={() => !busy && add(contact)}
                  >
                    Add {contact.name}
                    {contact.roleTitle || contact.companyName ? (
                      <span className="contact-result-meta">
                        {[contact.roleTitle, contact.companyName].filter(Boolean).join(", ")}
                      </span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <button type="button" className="button button-quiet" onClick={startCreating}>
              {query.trim() ? `Create “${query.trim()}” as a new contact` : "Create a new contact"}
            </button>
          </p>
        </div>
      )}
    </fieldset>
  );
}
