import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import type { WinSize } from "../../../../contract/strengths.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { StrengthRow } from "./components/StrengthRow.tsx";
import { WinDetailFields } from "./components/WinDetailFields.tsx";
import { WinRow } from "./components/WinRow.tsx";
import { localDay, useCreateStrength, useCreateWin, useStrengths, useWins } from "./strengths-queries.ts";
import "./strengths.css";

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
          <WinDetailFields id={id} size={size} onSize={setSize} jobRelated={jobRelated} onJobRelated={setJobRelated} />
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
