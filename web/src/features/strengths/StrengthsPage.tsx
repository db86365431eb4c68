import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import type { EvidenceKind, Strength, Win, WinSize } from "../../../../contract/strengths.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import {
  localDay,
  useAddEvidence,
  useCreateStrength,
  useCreateWin,
  useDeleteEvidence,
  useDeleteStrength,
  useDeleteWin,
  useStrengths,
  useWins,
} from "./strengths-queries.ts";
import "./strengths.css";

export const evidenceKindLabels: Record<EvidenceKind, string> = {
  story: "A story",
  feedback_quote: "A quote from feedback",
  project: "A finished project",
  other: "Something else",
};

/** /journal/strengths — what I have to offer: strengths with evidence, and wins (small, large, any part of life). */
export function StrengthsPage() {
  return (
    <div className="page strengths-page">
      <PageTitle>Strengths and wins</PageTitle>
      <p className="strengths-intro">
        A private place to remember what you have to offer. Nothing here is required, and no one else sees it.{" "}
        <Link to="/journal">Back to the journal</Link>
      </p>
      <WinsSection />
      <StrengthsSection />
    </div>
  );
}

function WinsSection() {
  const id = useId();
  const wins = useWins();
  const create = useCreateWin();
  const [title, setTitle] = useState("");
  const [size, setSize] = useState<WinSize>("small");
  const [jobRelated, setJobRelated] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError("Write a few words about the win.");
      return;
    }
    setError(null);
    await create.mutateAsync({ title: title.trim(), size, jobRelated, happenedOn: localDay() });
    setTitle("");
  }

  return (
    <section className="card" aria-labelledby={`${id}-wins`}>
      <h2 id={`${id}-wins`}>Wins</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="quick-line">
          <div className="field" data-invalid={error ? "" : undefined}>
            <label htmlFor={`${id}-win`}>Add a win</label>
            {error ? (
              <p id={`${id}-win-error`} className="field-error">
                {error}
              </p>
            ) : null}
            <input
              id={`${id}-win`}
              maxLength={200}
              value={title}
              placeholder="e.g. Ran 10 km"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-win-error` : undefined}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
          </div>
          <button type="submit" className="button button-primary" aria-disabled={create.isPending ? "true" : undefined}>
            Add win
          </button>
        </div>
        <details>
          <summary>More (optional)</summary>
          <div className="field">
            <label htmlFor={`${id}-size`}>Size</label>
            <select id={`${id}-size`} value={size} onChange={(event) => setSize(event.currentTarget.value as WinSize)}>
              <option value="small">Small</option>
              <option value="large">Large</option>
            </select>
          </div>
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={jobRelated}
                onChange={(event) => setJobRelated(event.currentTarget.checked)}
              />{" "}
              About the job search
            </label>
          </div>
        </details>
        {create.isError ? (
          <p className="field-error" role="alert">
            {create.error.message}
          </p>
        ) : null}
      </form>
      {wins.isError ? <p role="alert">Couldn't load your wins. Try reloading the page.</p> : null}
      {wins.data && wins.data.length === 0 ? (
        <p className="field-hint">
          No wins written down yet. Small ones count: a run, a kind message, a finished task.
        </p>
      ) : null}
      {wins.data && wins.data.length > 0 ? (
        <ul className="plain-list">
          {wins.data.map((win) => (
            <WinRow key={win.id} win={win} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function WinRow({ win }: { win: Win }) {
  const remove = useDeleteWin();
  return (
    <li>
      <div className="row-line">
        <span>
          <strong>{win.title}</strong>{" "}
          <span className="field-hint">
            {win.happenedOn} · {win.size === "large" ? "large" : "small"}
            {win.jobRelated ? " · job search" : ""}
          </span>
        </span>
        <button type="button" className="button button-secondary" onClick={() => remove.mutate(win.id)}>
          Delete<span className="visually-hidden"> win {win.title}</span>
        </button>
      </div>
      {win.notes ? <p className="field-hint">{win.notes}</p> : null}
    </li>
  );
}

function StrengthsSection() {
  const id = useId();
  const strengths = useStrengths();
  const create = useCreateStrength();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError("Name the strength.");
      return;
    }
    setError(null);
    await create.mutateAsync({ name: name.trim() });
    setName("");
  }

  return (
    <section className="card" aria-labelledby={`${id}-strengths`}>
      <h2 id={`${id}-strengths`}>Strengths</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="quick-line">
          <div className="field" data-invalid={error ? "" : undefined}>
            <label htmlFor={`${id}-name`}>Add a strength</label>
            {error ? (
              <p id={`${id}-name-error`} className="field-error">
                {error}
              </p>
            ) : null}
            <input
              id={`${id}-name`}
              maxLength={120}
              value={name}
              placeholder="e.g. Research synthesis"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-name-error` : undefined}
              onChange={(event) => setName(event.currentTarget.value)}
            />
          </div>
          <button type="submit" className="button button-primary" aria-disabled={create.isPending ? "true" : undefined}>
            Add strength
          </button>
        </div>
      </form>
      {strengths.isError ? <p role="alert">Couldn't load your strengths. Try reloading the page.</p> : null}
      {strengths.data && strengths.data.length === 0 ? (
        <p className="field-hint">No strengths yet. What do people thank you for?</p>
      ) : null}
      {strengths.data && strengths.data.length > 0 ? (
        <ul className="plain-list">
          {strengths.data.map((strength) => (
            <StrengthRow key={strength.id} strength={strength} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function StrengthRow({ strength }: { strength: Strength }) {
  const id = useId();
  const add = useAddEvidence();
  const removeEvidence = useDeleteEvidence();
  const remove = useDeleteStrength();
  const [text, setText] = useState("");
  const [kind, setKind] = useState<EvidenceKind>("story");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    await add.mutateAsync({ strengthId: strength.id, body: { kind, text: text.trim() } });
    setText("");
  }

  return (
    <li>
      <div className="row-line">
        <h3>{strength.name}</h3>
        <button type="button" className="button button-secondary" onClick={() => remove.mutate(strength.id)}>
          Delete<span className="visually-hidden"> strength {strength.name}</span>
        </button>
      </div>
      {strength.description ? <p>{strength.description}</p> : null}
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
    </li>
  );
}
