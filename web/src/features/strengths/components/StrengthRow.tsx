import { type FormEvent, useId, useRef, useState } from "react";
import type { EvidenceKind, Strength } from "../../../../../contract/strengths.ts";
import { TextField } from "../../../ui/TextField.tsx";
import { useAddEvidence, useDeleteEvidence, useDeleteStrength, useUpdateStrength } from "../strengths-queries.ts";
import { InlineEditForm } from "./InlineEditForm.tsx";

export const evidenceKindLabels: Record<EvidenceKind, string> = {
  story: "A story",
  feedback_quote: "A quote from feedback",
  project: "A finished project",
  other: "Something else",
};

/** One strength with its evidence; Edit renames it or changes its description in place. */
export function StrengthRow({ strength }: { strength: Strength }) {
  const removeEvidence = useDeleteEvidence();
  const remove = useDeleteStrength();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li>
      {editing ? (
        <StrengthEditor strength={strength} onDone={close} />
      ) : (
        <>
          <div className="row-line">
            <h3>{strength.name}</h3>
            <span className="row-actions">
              <button ref={editButton} type="button" className="button button-quiet" onClick={() => setEditing(true)}>
                Edit<span className="visually-hidden"> strength {strength.name}</span>
              </button>
              <button type="button" className="button button-secondary" onClick={() => remove.mutate(strength.id)}>
                Delete<span className="visually-hidden"> strength {strength.name}</span>
              </button>
            </span>
          </div>
          {strength.description ? <p>{strength.description}</p> : null}
        </>
      )}
      {strength.evidence.length > 0 ? (
        <ul className="evidence-list">
          {strength.evidence.map((item) => (
            <li key={item.id}>
              <span className="field-hint">{evidenceKindLabels[item.kind]}: </span>
              {item.kind === "feedback_quote" ? <q>{item.text}</q> : item.text}{" "}
              {item.link ? (
                <a href={item.link} rel="noopener noreferrer" target="_blank">
                  Open the source<span className="visually-hidden"> of “{item.text}”</span>
                </a>
              ) : null}{" "}
              <button type="button" className="button button-quiet" onClick={() => removeEvidence.mutate(item.id)}>
                Remove<span className="visually-hidden"> evidence “{item.text}”</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <AddEvidence strength={strength} />
    </li>
  );
}

function StrengthEditor({ strength, onDone }: { strength: Strength; onDone: () => void }) {
  const id = useId();
  const update = useUpdateStrength();
  const [name, setName] = useState(strength.name);
  const [description, setDescription] = useState(strength.description);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError("Name the strength.");
      return;
    }
    setError(null);
    try {
      await update.mutateAsync({ id: strength.id, body: { name: name.trim(), description: description.trim() } });
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Couldn't save the strength. Try again.");
    }
  }

  return (
    <InlineEditForm
      label={`Edit strength ${strength.name}`}
      saveLabel="Save strength"
      pending={update.isPending}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField
        label="Strength"
        name="name"
        maxLength={120}
        value={name}
        error={error ?? undefined}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <div className="field">
        <label htmlFor={`${id}-description`}>What it means for you (optional)</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          maxLength={2000}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
      </div>
    </InlineEditForm>
  );
}

function AddEvidence({ strength }: { strength: Strength }) {
  const id = useId();
  const add = useAddEvidence();
  const [text, setText] = useState("");
  const [kind, setKind] = useState<EvidenceKind>("story");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    await add.mutateAsync({ strengthId: strength.id, body: { kind, text: text.trim() } });
    setText("");
  }

  return (
    <details>
      <summary>
        Add evidence<span className="visually-hidden"> for {strength.name}</span>
      </summary>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as EvidenceKind)}
          >
            {(Object.keys(evidenceKindLabels) as EvidenceKind[]).map((value) => (
              <option key={value} value={value}>
                {evidenceKindLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>What shows it</label>
          <textarea
            id={`${id}-text`}
            rows={2}
            maxLength={5000}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
        </div>
        {add.isError ? (
          <p className="field-error" role="alert">
            {add.error.message}
          </p>
        ) : null}
        <button type="submit" className="button button-secondary">
          Save evidence
        </button>
      </form>
    </details>
  );
}
