import { Link } from "react-router";
import type { ApplicationStage } from "../../../../../contract/applications.ts";
import { formatDay } from "../../applications/components/ApplicationDetails.tsx";
import { useActionItems, useDismissSoftLanding, useSoftLanding } from "../growth-queries.ts";
import "../growth.css";

interface SoftLandingOfferProps {
  applicationId: string;
  stage: ApplicationStage;
}

/**
 * On the application page: after a rejection, a gentle offer of the soft landing (never
 * forced; "Not now" sets it aside for good), a quiet way back to it afterwards, and the wins —
 * growth-plan items that paid off here.
 */
export function SoftLandingOffer({ applicationId, stage }: SoftLandingOfferProps) {
  const rejected = stage === "rejected";
  const landing = useSoftLanding(applicationId);
  const dismiss = useDismissSoftLanding(applicationId);
  const wins = useActionItems({ applicationId, status: "done" });
  const path = `/applications/${encodeURIComponent(applicationId)}/soft-landing`;
  const started = Boolean(landing.data?.createdAt);
  const offer = rejected && landing.data && !landing.data.completedAt && !landing.data.dismissedAt;

  return (
    <>
      {offer ? (
        <section className="card soft-offer" aria-labelledby="soft-offer-title">
          <h2 id="soft-offer-title">That's a hard one.</h2>
          <p>Take a few minutes for yourself? A short, private reflection — every step is optional.</p>
          <p className="button-row">
            <Link className="button button-primary" to={path}>
              {started ? "Continue" : "Open"}
            </Link>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => dismiss.mutate()}
              aria-disabled={dismiss.isPending ? "true" : undefined}
            >
              Not now
            </button>
          </p>
        </section>
      ) : rejected || started ? (
        <p className="soft-reopen">
          <Link to={path}>Take a few minutes for yourself (soft landing)</Link>
        </p>
      ) : null}
      {wins.data && wins.data.length > 0 ? (
        <section className="card soft-wins" aria-labelledby="application-wins">
          <h2 id="application-wins">Wins here</h2>
          <p className="field-hint">From your growth plan — work that paid off in this process.</p>
          <ul>
            {wins.data.map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong>
                {item.doneAt ? <span className="field-hint"> · done {formatDay(item.doneAt.slice(0, 10))}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
