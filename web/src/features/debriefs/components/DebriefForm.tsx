import { type FormEvent, useRef, useState } from "react";
import { Link } from "react-router";
import {
  energyLabels,
  energyScale,
  engagementLabels,
  engagementScale,
  type FlowAnswer,
  flowAnswers,
  flowLabels,
  saveDebriefRequest,
  wentWellLabels,
  wentWellScale,
} from "../../../../../contract/debriefs.ts";
import { ApiError } from "../../../lib/api.ts";
import { FormActions } from "../../../ui/FormActions.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { type DebriefDraft, hasMore, hasRating, requestFromDraft } from "../debrief-draft.ts";
import { signed } from "../debrief-format.ts";
import { useSaveDebrief } from "../debrief-queries.ts";
import { FeelingChips } from "./FeelingChips.tsx";
import { MoreNotes } from "./MoreNotes.tsx";
import { ScaleChoice, type ScaleOption } from "./ScaleChoice.tsx";

const labels = {
  energy: "Energy",
  engagement: "Engagement",
  flow: "Flow",
  wentWell: "How it went",
  feelings: "Feeling words",
  ownFeelings: "Your own words",
  aeiou: "AEIOU notes",
  doDifferently: "What I'd do differently",
  learningGoalMet: "The learning goal answer",
};

const ratingNeeded =
  "Pick at least one rating (energy, engagement or how it went) to save. Everything else is optional.";

function scale(
  min: number,
  max: number,
  meaning: Record<number, string>,
  text: (value: number) => string = String,
): ScaleOption<number>[] {
  return Array.from({ length: max - min + 1 }, (_, index) => min + index).map((value) => ({
    value,
    text: text(value),
    label: meaning[value] ?? "",
  }));
}

const energyOptions = scale(energyScale.min, energyScale.max, energyLabels, signed);
const engagementOptions = scale(engagementScale.min, engagementScale.max, engagementLabels);
const wentWellOptions = scale(wentWellScale.min, wentWellScale.max, wentWellLabels);
const flowOptions = flowAnswers.map((answer) => ({
  value: answer,
  text: flowLabels[answer],
  label: flowLabels[answer],
}));

/** Both the check here and the API name `energy` when no rating is given; say it as the form asks it. */
function withRatingMessage(errors: FormErrors): FormErrors {
  if (!errors.fields.energy || !/at least one rating/i.test(errors.fields.energy)) return errors;
  const message = Object.keys(errors.fields).length === 1 ? null : errors.message;
  return { message, fields: { ...errors.fields, energy: ratingNeeded } };
}

interface DebriefFormProps {
  interviewId: string;
  draft: DebriefDraft;
  update: (patch: Partial<DebriefDraft>) => void;
  learningGoal: string;
  interviewPath: string;
  /** Runs once the server has the debrief. */
  onSaved: () => void;
}

/** The debrief: four quick answers and feeling words up front, notes tucked under "More". */
export function DebriefForm({ interviewId, draft, update, learningGoal, interviewPath, onSaved }: DebriefFormProps) {
  const save = useSaveDebrief(interviewId);
  const pending = save.isPending;
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);
  const hasGoal = learningGoal.trim() !== "";
  // Opens on arrival when something in it is written; after that it stays as the person leaves it.
  const [moreOpen] = useState(() => hasMore(draft));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (!hasRating(draft)) return setErrors({ message: null, fields: { energy: ratingNeeded } });
    const checked = saveDebriefRequest.safeParse(requestFromDraft(draft, hasGoal));
    if (!checked.success) return setErrors(withRatingMessage(errorsFromIssues(checked.error.issues, labels)));
    setErrors(noErrors);
    save.mutate(checked.data, {
      onSuccess: onSaved,
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          setErrors({
            message:
              "This interview hasn't started yet, so there's nothing to debrief. What you picked stays in this browser; save it once the interview has begun.",
            fields: {},
          });
          return;
        }
        setErrors(withRatingMessage(errorsFromError(error, labels)));
      },
    });
  }

  const moreErrors = ["aeiou", "doDifferently", "learningGoalMet"].some((name) => errors.fields[name]);
  // A rating given clears the "pick a rating" message at once.
  const ratingError = errors.fields.energy === ratingNeeded && hasRating(draft) ? undefined : errors.fields.energy;

  return (
    <form ref={form} className="form debrief-form" noValidate onSubmit={submit} aria-label="Debrief">
      <ScaleChoice
        legend="Energy"
        what="energy"
        hint="How you feel now: drained to energized."
        name="energy"
        options={energyOptions}
        value={draft.energy}
        onChange={(energy) => update({ energy })}
        showEnds
        error={ratingError}
      />
      <ScaleChoice
        legend="Engagement"
        what="engagement"
        hint="During the interview: bored to absorbed."
        name="engagement"
        options={engagementOptions}
        value={draft.engagement}
        onChange={(engagement) => update({ engagement })}
        showEnds
        error={errors.fields.engagement}
      />
      <ScaleChoice<FlowAnswer>
        legend="Did you hit flow?"
        what="flow"
        hint="Lost in it, time flying."
        name="flow"
        options={flowOptions}
        value={draft.flow}
        onChange={(flow) => update({ flow })}
        error={errors.fields.flow}
      />
      <ScaleChoice
        legend="How do you think it went?"
        what="how it went"
        name="wentWell"
        options={wentWellOptions}
        value={draft.wentWell}
        onChange={(wentWell) => update({ wentWell })}
        showEnds
        error={errors.fields.wentWell}
      />
      <FeelingChips
        feelings={draft.feelings}
        ownFeelings={draft.ownFeelings}
        onChange={update}
        error={errors.fields.feelings ?? errors.fields.ownFeelings}
      />
      <details className="debrief-more" open={moreOpen || moreErrors || undefined}>
        <summary>More (optional)</summary>
        <MoreNotes draft={draft} onChange={update} learningGoal={learningGoal} errors={errors.fields} />
      </details>
      <FormActions message={errors.message} pending={pending} submitLabel="Save debrief" pendingLabel="Saving…" />
      <p className="debrief-back">
        <Link to={interviewPath}>Back to the interview</Link>
      </p>
    </form>
  );
}
