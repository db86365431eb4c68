import { useLayoutEffect, useRef, useState } from "react";
import type { InterviewPrep } from "../../../../../contract/interviews.ts";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { LearningGoalSuggestions } from "../../growth/components/LearningGoalSuggestions.tsx";

/** The situation–task–action–result outline a story button drops into the talking points. */
export const storyTemplate = [
  "**Story: (a short title)**",
  "- **Situation:** ",
  "- **Task:** ",
  "- **Action:** ",
  "- **Result:** ",
  "",
].join("\n");

const cursorAfter = "- **Situation:** ";

export const prepLabels: Record<keyof InterviewPrep, string> = {
  caseForMe: "The case for me",
  talkingPoints: "Talking points and stories",
  questions: "Questions to ask",
  research: "Research notes",
  learningGoal: "Learning goal",
};

const prepHints: Record<keyof InterviewPrep, string> = {
  caseForMe: "Why you, for this role: the few things that make you a strong fit, in your own words.",
  talkingPoints: "Points to land and stories to tell. The story button adds a situation–task–action–result outline.",
  questions: "What you want to find out about the work, the team and how success is measured.",
  research: "About the company, the product and the people you'll meet.",
  learningGoal:
    "One thing to practise or find out in this interview. Whatever the outcome, you can check it afterwards.",
};

const prepOrder: (keyof InterviewPrep)[] = ["caseForMe", "talkingPoints", "questions", "research", "learningGoal"];

/** Inserts the template at the cursor, on lines of its own. Returns the text and where to put the cursor. */
export function insertStory(text: string, at: number): { text: string; cursor: number } {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === "" ? "" : before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const trail = after === "" || after.startsWith("\n") ? "" : "\n";
  const inserted = `${lead}${storyTemplate}${trail}`;
  return {
    text: `${before}${inserted}${after}`,
    cursor: before.length + lead.length + storyTemplate.indexOf(cursorAfter) + cursorAfter.length,
  };
}

interface PrepFieldsProps {
  prep: InterviewPrep;
  onChange: (prep: InterviewPrep) => void;
  /** Sections that already have text open on their rendered view. */
  startWithPreview?: boolean;
}

/** The five prep sections, each Markdown with a preview. */
export function PrepFields({ prep, onChange, startWithPreview }: PrepFieldsProps) {
  const talkingPoints = useRef<HTMLTextAreaElement>(null);
  const [talkingMode, setTalkingMode] = useState<"write" | "preview">(() =>
    startWithPreview && prep.talkingPoints.trim() ? "preview" : "write",
  );
  const pendingCursor = useRef<number | null>(null);

  // After the template lands (and the textarea exists), put the cursor after "Situation:".
  useLayoutEffect(() => {
    const cursor = pendingCursor.current;
    const area = talkingPoints.current;
    if (cursor === null || !area) return;
    pendingCursor.current = null;
    area.focus();
    area.setSelectionRange(cursor, cursor);
  });

  function addStory() {
    const area = talkingPoints.current;
    const at = talkingMode === "write" && area ? area.selectionEnd : prep.talkingPoints.length;
    const next = insertStory(prep.talkingPoints, at);
    pendingCursor.current = next.cursor;
    setTalkingMode("write");
    onChange({ ...prep, talkingPoints: next.text });
  }

  return (
    <div className="prep-fields">
      {prepOrder.map((field) => (
        <MarkdownField
          key={field}
          label={prepLabels[field]}
          name={field}
          value={prep[field]}
          hint={prepHints[field]}
          rows={field === "learningGoal" ? 2 : field === "talkingPoints" ? 8 : 5}
          maxLength={field === "learningGoal" ? 2000 : 20000}
          initialMode={startWithPreview && prep[field].trim() ? "preview" : "write"}
          emptyPreview="Nothing written yet."
          onChange={(value) => onChange({ ...prep, [field]: value })}
          {...(field === "talkingPoints"
            ? {
                textareaRef: talkingPoints,
                mode: talkingMode,
                onModeChange: setTalkingMode,
                actions: (
                  <button type="button" className="button button-secondary button-small" onClick={addStory}>
                    Add a STAR story
                  </button>
                ),
              }
            : {})}
        />
      ))}
      <LearningGoalSuggestions
        current={prep.learningGoal}
        onUse={(goal) => onChange({ ...prep, learningGoal: goal })}
      />
    </div>
  );
}
