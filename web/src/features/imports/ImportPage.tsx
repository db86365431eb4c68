import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import type { ImportPreview, ImportSummary } from "../../../../contract/imports.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { ImportHistory } from "./components/ImportHistory.tsx";
import { ImportReview } from "./components/ImportReview.tsx";
import { ImportSummaryView } from "./components/ImportSummaryView.tsx";
import { UploadForm } from "./components/UploadForm.tsx";
import { useImportHistory } from "./queries.ts";
import "./imports.css";

type Step = { name: "choose" } | { name: "review"; preview: ImportPreview } | { name: "done"; summary: ImportSummary };

/**
 * /import: bring applications in from a CSV file (choose → check the columns and the first
 * rows → import → summary), take them out as CSV or JSON, and see earlier imports.
 */
export function ImportPage() {
  const [step, setStep] = useState<Step>({ name: "choose" });
  const history = useImportHistory();
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const importHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step.name === "done") summaryHeading.current?.focus();
  }, [step]);

  const startOver = () => {
    setStep({ name: "choose" });
    importHeading.current?.focus();
  };

  return (
    <div className="page import-page">
      <PageTitle>Import and export</PageTitle>
      <p className="lead">
        Bring your applications over from another tracker or a spreadsheet, or take them with you. Your data stays
        yours.
      </p>

      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading" ref={importHeading} tabIndex={-1}>
          Import applications from a CSV file
        </h2>
        {step.name === "choose" ? <UploadForm onPreview={(preview) => setStep({ name: "review", preview })} /> : null}
        {step.name === "review" ? (
          <ImportReview
            initial={step.preview}
            onImported={(summary) => setStep({ name: "done", summary })}
            onCancel={startOver}
          />
        ) : null}
        {step.name === "done" ? (
          <>
            <ImportSummaryView summary={step.summary} headingRef={summaryHeading} />
            <div className="button-row">
              <Link className="button button-primary" to="/applications">
                See your applications
              </Link>
              <button type="button" className="button button-secondary" onClick={startOver}>
                Import another file
              </button>
            </div>
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Export your applications</h2>
        <p>
          CSV opens in any spreadsheet and imports back into Debrief. JSON holds everything, including each
          application's stage history.
        </p>
        <div className="button-row">
          <a className="button button-secondary" href="/api/export/applications?format=csv" download>
            Download CSV
          </a>
          <a className="button button-secondary" href="/api/export/applications?format=json" download>
            Download JSON
          </a>
        </div>
      </section>

      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">Earlier imports</h2>
        {history.isPending ? <p>Loading your imports…</p> : null}
        {history.isError ? <FormAlert message={history.error.message} /> : null}
        {history.data ? <ImportHistory imports={history.data} /> : null}
      </section>
    </div>
  );
}
