import { Link } from "react-router";
import { ApiError } from "../lib/api.ts";
import { FormAlert } from "./FormAlert.tsx";
import { PageTitle } from "./PageTitle.tsx";

interface RecordUnavailableProps {
  /** The failed query's error; null while the record is still loading. */
  error: Error | null;
  /** The page's title while loading or after an error, e.g. "Company". */
  title: string;
  loadingText: string;
  /** The title when the record does not exist (or the link is not a valid id); "<title> not found" by default. */
  notFoundTitle?: string;
  notFoundText?: string;
  /** A way out, e.g. to the list the record belongs to. */
  back?: { to: string; label: string };
}

/** What a record's page shows until the record is there: loading, not found, or why it failed. */
export function RecordUnavailable(props: RecordUnavailableProps) {
  const { error, title, loadingText, back } = props;
  const notFoundTitle = props.notFoundTitle ?? `${title} not found`;
  const notFoundText = props.notFoundText ?? "It may have been deleted, or the link may be wrong.";
  // A malformed id is answered with 400: for the person it is the same as a missing record.
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  const text = error ? (missing ? notFoundText : null) : loadingText;
  return (
    <div className="page page-narrow">
      <PageTitle>{missing ? notFoundTitle : title}</PageTitle>
      {text ? <p className="lead">{text}</p> : null}
      {error && !missing ? <FormAlert message={error.message} /> : null}
      {back ? (
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
      ) : null}
    </div>
  );
}
