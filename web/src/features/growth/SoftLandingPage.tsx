import { useEffect, useId, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { ApplicationDetail } from "../../../../contract/pipeline.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { useApplicationDetail } from "../applications/application-detail-queries.ts";
import { ShareButton } from "../circle/ShareButton.tsx";
import { energyText, engagementText, feelingsText, wentWellText } from "../debriefs/debrief-format.ts";
import { SoftLandingReminders } from "../strengths/SoftLandingReminders.tsx";
import { WriteItOut } from "./components/WriteItOut.tsx";
import { useDismissSoftLanding, useSaveSoftLanding, useSoftLanding } from "./growth-queries.ts";
import "./growth.css";

const steps = ["feeling", "write", "feedback", "learned", "kindness", "plan"] as const;
type Step = (typeof steps)[number];

const stepTitles: Record<Step, string> = {
  feeling: "How are you feeling?",
  write: "Write it out",
  feedback: "Ask for feedback",
  learned: "What did this teach you about what you want?",
  kindness: "Be kind to yourself",
  plan: "One thing for yourself this week",
};

const feelingLabels = ["", "Really low", "Low", "So-so", "Okay", "Good"];

interface Answers {
  feeling: number | null;
  feelingWords: string;
  whatILearned: string;
  planForMe: string;
}

/** /applications/:id/soft-landing — a short flow after a "no". Every step can be skipped. */
export function SoftLandingPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const detail = useApplicationDetail(id);
  const landing = useSoftLanding(id);
  const save = useSaveSoftLanding(id);
  const dismiss = useDismissSoftLanding(id);
  const [step, setStep] = useState(0);
  const [finished, setFinished] = useState(false);
  const [answers, setAnswers] = useState<Answers | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (landing.data && answers === null) {
      const { feeling, feelingWords, whatILearned, planForMe } = landing.data;
      setAnswers({ feeling, feelingWords, whatILearned, planForMe });
    }
  }, [landing.data, answers]);

  if (detail.isPending || detail.isError || landing.isPending || landing.isError || answers === null) {
    return (
      <RecordUnavailable
        error={detail.error ?? landing.error}
        title="Soft landing"
        loadingText="Loading…"
        back={{ to: "/applications", label: "Go to all applications" }}
      />
    );
  }

  const { application, interviews } = detail.data;
  const applicationPath = `/applications/${encodeURIComponent(id)}`;
  const current = steps[step] ?? "feeling";
  const set = <Name extends keyof Answers>(name: Name, value: Answers[Name]) =>
    setAnswers((now) => (now ? { ...now, [name]: value } : now));

  function go(to: number) {
    setStep(Math.max(0, Math.min(steps.length - 1, to)));
    requestAnimationFrame(() => heading.current?.focus());
  }

  async function next() {
    if (!answers) return;
    if (current === "feeling" || current === "learned") await save.mutateAsync(answers);
    go(step + 1);
  }

  async function finish() {
    if (!answers) return;
    await save.mutateAsync({ ...answers, completed: true });
    setFinished(true);
  }

  async function setAside() {
    await dismiss.mutateAsync();
    navigate(applicationPath);
  }

  const company = application.companyName;
  if (finished) {
    return (
      <div className="page soft-landing">
        <PageTitle>Well done for taking this time</PageTitle>
        <div className="card">
          <p>Your plan is saved. A “no” from one company says little about what you have to offer.</p>
          {answers.planForMe ? <blockquote className="soft-plan">{answers.planForMe}</blockquote> : null}
          <ShareButton
            itemType="soft_landing"
            itemId={application.id}
            title={`Soft landing: ${application.roleTitle}`}
          />
          <p className="button-row">
            <Link className="button button-primary" to={applicationPath}>
              Back to the application
            </Link>
            <Link className="button button-secondary" to="/growth">
              My growth plan
            </Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="page soft-landing">
      <p className="breadcrumb">
        <Link to={applicationPath}>{company ? `${application.roleTitle} at ${company}` : application.roleTitle}</Link>
      </p>
      <PageTitle documentTitle="Soft landing">A few minutes for yourself</PageTitle>
      <p className="soft-landing-intro">
        Every step is optional. Skip anything, stop at any time — nothing here is required.
      </p>
      <section className="card soft-step" aria-labelledby={`${fieldId}-step`}>
        <p className="soft-step-count">
          Step {step + 1} of {steps.length}
        </p>
        <h2 id={`${fieldId}-step`} ref={heading} tabIndex={-1}>
          {stepTitles[current]}
        </h2>

        {current === "feeling" ? (
          <>
            <fieldset className="soft-feeling">
              <legend>A quick check, 1 (really low) to 5 (good)</legend>
              <div className="button-row">
                {[1, 2, 3, 4, 5].map((value) => (
                  <button
                    key={value}
                    type="button"
                    className={`button ${answers.feeling === value ? "button-primary" : "button-secondary"}`}
                    aria-pressed={answers.feeling === value}
                    onClick={() => set("feeling", answers.feeling === value ? null : value)}
                  >
                    {value}
                    <span className="visually-hidden"> — {feelingLabels[value]}</span>
                  </button>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor={`${fieldId}-words`}>In a few words (optional)</label>
              <input
                id={`${fieldId}-words`}
                maxLength={200}
                value={answers.feelingWords}
                onChange={(event) => set("feelingWords", event.currentTarget.value)}
              />
            </div>
          </>
        ) : null}

        {current === "write" ? <WriteItOut applicationId={id} /> : null}

        {current === "feedback" ? <FeedbackStep applicationId={id} /> : null}

        {current === "learned" ? (
          <>
            <DebriefPrompts interviews={interviews} />
            <div className="field">
              <label htmlFor={`${fieldId}-learned`}>What this process taught me about what I want</label>
              <textarea
                id={`${fieldId}-learned`}
                rows={5}
                maxLength={5000}
                value={answers.whatILearned}
                onChange={(event) => set("whatILearned", event.currentTarget.value)}
              />
            </div>
          </>
        ) : null}

        {current === "kindness" ? (
          <div className="soft-kindness">
            <p>
              Picture a good friend telling you they just heard “no” for a role they wanted. What would you say to them?
              Try saying the same to yourself.
            </p>
            <p>
              Watch for the quick slide from “this job didn't work out” to “no one will ever hire me”. One decision is
              about one role, on one day — not about who you are or what you have to offer.
            </p>
            <SoftLandingReminders />
          </div>
        ) : null}

        {current === "plan" ? (
          <div className="field">
            <label htmlFor={`${fieldId}-plan`}>My plan (optional)</label>
            <p id={`${fieldId}-plan-hint`} className="field-hint">
              Something outside job-seeker mode. Plans stick best as “when …, I will …”, e.g. “When I finish lunch on
              Wednesday, I will go for a walk in the park.”
            </p>
            <textarea
              id={`${fieldId}-plan`}
              rows={3}
              maxLength={1000}
              aria-describedby={`${fieldId}-plan-hint`}
              value={answers.planForMe}
              onChange={(event) => set("planForMe", event.currentTarget.value)}
            />
          </div>
        ) : null}

        {save.isError ? (
          <p className="field-error" role="alert">
            Couldn't save just now. Your answers are still here; try again.
          </p>
        ) : null}

        <div className="soft-step-actions">
          {step > 0 ? (
            <button type="button" className="button button-secondary" onClick={() => go(step - 1)}>
              Back
            </button>
          ) : null}
          {current === "plan" ? (
            <button type="button" className="button button-primary" onClick={finish}>
              {answers.planForMe.trim() ? "Save my plan" : "Finish"}
            </button>
          ) : (
            <>
              <button type="button" className="button button-secondary" onClick={() => go(step + 1)}>
                Skip
              </button>
              <button type="button" className="button button-primary" onClick={next}>
                Next
              </button>
            </>
          )}
        </div>
      </section>
      <p>
        <button type="button" className="button button-quiet" onClick={setAside}>
          Set this aside for now
        </button>
      </p>
    </div>
  );
}

/** Asking for feedback: the guidance, and the way to the message composer. */
function FeedbackStep({ applicationId }: { applicationId: string }) {
  const base = `/applications/${encodeURIComponent(applicationId)}`;
  return (
    <div className="soft-feedback">
      <p>
        When you feel ready — often within a few days — you could ask whoever gave you the news for feedback. Thank
        them, accept the decision, and ask one bounded question, such as three things to keep and three to change. Many
        companies don't reply, and that's normal: it says nothing about you.
      </p>
      <p>
        <Link to={`${base}/compose?kind=feedback_request`}>Write a feedback request</Link> — from a template you can
        edit; it can include a private link they answer without an account. Your answers here are kept, and the
        application page brings you back.
      </p>
    </div>
  );
}

/** This application's debriefs as prompts: how each interview felt at the time. */
function DebriefPrompts({ interviews }: { interviews: ApplicationDetail["interviews"] }) {
  const debriefed = interviews.filter((interview) => interview.debrief);
  if (debriefed.length === 0) {
    return (
      <p className="field-hint">
        Think back: what parts of this process gave you energy, and what drained you? What would you look for — or avoid
        — next time?
      </p>
    );
  }
  return (
    <div className="soft-debriefs">
      <p>How these interviews felt at the time:</p>
      <ul>
        {debriefed.map((interview) => {
          const debrief = interview.debrief;
          if (!debrief) return null;
          const feelings = feelingsText(debrief.feelings, debrief.ownFeelings);
          const parts = [
            debrief.energy !== null ? `energy ${energyText(debrief.energy)}` : null,
            debrief.engagement !== null ? `engagement ${engagementText(debrief.engagement)}` : null,
            debrief.wentWell !== null ? `how it went: ${wentWellText(debrief.wentWell)}` : null,
            feelings.length > 0 ? `felt ${feelings.join(", ").toLowerCase()}` : null,
          ].filter(Boolean);
          return (
            <li key={interview.id}>
              <strong>{interview.roundName}:</strong> {parts.join("; ")}
            </li>
          );
        })}
      </ul>
      <p className="field-hint">What does that tell you about the work you want more of?</p>
    </div>
  );
}
