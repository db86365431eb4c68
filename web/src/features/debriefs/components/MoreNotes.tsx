import { useId } from "react";
import {
  type AeiouNotes,
  aeiouKeys,
  type LearningGoalAnswer,
  learningGoalAnswers,
  learningGoalLabels,
} from "../../../../../contract/debriefs.ts";
import { Markdown } from "../../../ui/Markdown.tsx";
import type { DebriefDraft } from "../debrief-draft.ts";
import { ScaleChoice } from "./ScaleChoice.tsx";

/** The Good Time Journal's five prompts (Designing Your Life), one line each. */
const aeiouPrompts: Record<keyof AeiouNotes, { label: string; hint: string }> = {
  activities: { label: "Activities", hint: "What were you doing?" },
  environment: { label: "Environment", hint: "Where were you, and what was the place like?" },
  interactions: { label: "Interactions", hint: "With whom, and how?" },
  objects: { label: "Objects", hint: "What things or tools were you using?" },
  users: { label: "Users", hint: "Who else was there?" },
};

const goalOptions = learningGoalAnswers.map((answer) => ({
  value: answer,
  text: learningGoalLabels[answer],
  label: learningGoalLabels[answer],
}));

interface MoreNotesProps {
  draft: DebriefDraft;
  onChange: (patch: Partial<DebriefDraft>) => void;
  /** The prep's learning goal; the question about it is asked only when there is one. */
  learningGoal: string;
  errors: Record<string, string>;
}

/** The optional notes: AEIOU, what to do differently, and the learning goal. */
export function MoreNotes({ draft, onChange, learningGoal, errors }: MoreNotesProps) {
  const id = useId();
  return (
    <div className="debrief-more-body">
      <h3 className="debrief-subheading">AEIOU notes</h3>
      <p className="field-hint">From the Good Time Journal. A few words on any of them is plenty.</p>
      {aeiouKeys.map((key) => {
        const prompt = aeiouPrompts[key];
        const fieldId = `${id}-${key}`;
        return (
          <div key={key} className="field debrief-note">
            <label htmlFor={fieldId}>{prompt.label}</label>
            <p id={`${fieldId}-hint`} className="field-hint">
              {prompt.hint}
            </p>
            <textarea
              id={fieldId}
              name={key}
              rows={2}
              maxLength={4000}
              aria-describedby={`${fieldId}-hint`}
              value={draft.aeiou[key]}
              onChange={(event) => onChange({ aeiou: { ...draft.aeiou, [key]: event.currentTarget.value } })}
            />
          </div>
        );
      })}
      {errors.aeiou ? <p className="field-error">{errors.aeiou}</p> : null}

      <div className="field debrief-note" data-invalid={errors.doDifferently ? "" : undefined}>
        <label htmlFor={`${id}-different`}>What I'd do differently</label>
        {errors.doDifferently ? (
          <p id={`${id}-different-error`} className="field-error">
            {errors.doDifferently}
          </p>
        ) : null}
        <textarea
          id={`${id}-different`}
          name="doDifferently"
          rows={3}
          maxLength={4000}
          aria-invalid={errors.doDifferently ? true : undefined}
          aria-describedby={errors.doDifferently ? `${id}-different-error` : undefined}
          value={draft.doDifferently}
          onChange={(event) => onChange({ doDifferently: event.currentTarget.value })}
        />
      </div>

      {learningGoal.trim() ? (
        <div className="debrief-goal">
          <p className="debrief-goal-label">Your learning goal</p>
          <blockquote className="debrief-goal-text">
            <Markdown source={learningGoal} />
          </blockquote>
          <ScaleChoice<LearningGoalAnswer>
            legend="Did you meet your learning goal?"
            what="learning goal answer"
            name="learningGoalMet"
            options={goalOptions}
            value={draft.learningGoalMet}
            onChange={(learningGoalMet) => onChange({ learningGoalMet })}
            error={errors.learningGoalMet}
          />
        </div>
      ) : null}
    </div>
  );
}
