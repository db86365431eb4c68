import { Link, useNavigate, useParams } from "react-router";
import type { ThoughtRecord } from "../../../../contract/journal.ts";
import { DeleteWithConfirmation } from "../../ui/DeleteWithConfirmation.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { ShareButton } from "../circle/ShareButton.tsx";
import { useDeleteThoughtRecord, useThoughtRecord, useThoughtRecords } from "./journal-queries.ts";
import { ThoughtRecordForm } from "./ThoughtRecordForm.tsx";
import { trapName } from "./thought-record-draft.ts";
import "./journal.css";

const when = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric" });

function headline(record: ThoughtRecord): string {
  const hot = record.automaticThoughts.find((thought) => thought.hot) ?? record.automaticThoughts[0];
  return hot?.text.trim() || record.situation.trim() || "A thought record";
}

/** /journal/thoughts — write a thought record (quick first) and see the earlier ones. */
export function ThoughtsPage() {
  const records = useThoughtRecords();
  return (
    <div className="page journal-page">
      <p className="journal-back">
        <Link to="/journal">Journal</Link>
      </p>
      <PageTitle>Thought records</PageTitle>
      <p className="journal-intro">
        When a thought starts to spiral, write it down. The suggestions below are only prompts: you decide what fits.
      </p>
      <ThoughtRecordForm />
      <section aria-labelledby="thought-records-list">
        <h2 id="thought-records-list">Earlier records</h2>
        {records.isPending ? <p>Loading your records…</p> : null}
        {records.isError ? <p role="alert">Couldn't load your records. Try reloading the page.</p> : null}
        {records.data && records.data.items.length === 0 ? <p className="field-hint">None yet.</p> : null}
        {records.data && records.data.items.length > 0 ? (
          <ul className="thought-record-list">
            {records.data.items.map((record) => (
              <li key={record.id} className="card">
                <p className="field-hint">{when(record.createdAt)}</p>
                <p className="thought-record-headline">
                  <Link to={`/journal/thoughts/${record.id}`}>{headline(record)}</Link>
                </p>
                {record.thinkingTraps.length > 0 ? (
                  <p className="field-hint">Traps: {record.thinkingTraps.map(trapName).join(", ")}</p>
                ) : null}
                {record.reframe || record.balancedThought ? (
                  <p className="thought-record-reframe">{record.reframe || record.balancedThought}</p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

/** /journal/thoughts/:id — one record, editable. */
export function ThoughtRecordPage() {
  const { id = "" } = useParams();
  const record = useThoughtRecord(id);
  const navigate = useNavigate();
  const remove = useDeleteThoughtRecord();
  if (!record.data) {
    return (
      <RecordUnavailable
        error={record.error}
        title="Thought record"
        loadingText="Loading the record…"
        back={{ to: "/journal/thoughts", label: "Thought records" }}
      />
    );
  }
  return (
    <div className="page journal-page">
      <p className="journal-back">
        <Link to="/journal/thoughts">Thought records</Link>
      </p>
      <PageTitle>Thought record</PageTitle>
      <p className="field-hint">Written {when(record.data.createdAt)}</p>
      <ShareButton
        itemType="thought_record"
        itemId={record.data.id}
        title={`Thought record, ${when(record.data.createdAt)}`}
      />
      <ThoughtRecordForm key={record.data.id} record={record.data} />
      <DeleteWithConfirmation
        label="Delete record"
        title="Delete this thought record?"
        remove={{
          isPending: remove.isPending,
          error: remove.error,
          reset: remove.reset,
          mutate: (_input, options) => remove.mutate(id, options),
        }}
        onDeleted={() => navigate("/journal/thoughts")}
      >
        <p>The record is deleted for good. Nothing else changes.</p>
      </DeleteWithConfirmation>
    </div>
  );
}
