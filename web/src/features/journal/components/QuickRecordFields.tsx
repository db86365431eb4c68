import type { ReactNode } from "react";
import type { ThoughtDraft, UpdateDraft } from "../thought-record-draft.ts";
import { Area } from "./record-fields.tsx";

/** Quick mode: the thought, then the thinking traps (`traps`), then a kinder, truer way to put it. */
export function QuickRecordFields(props: { id: string; draft: ThoughtDraft; update: UpdateDraft; traps: ReactNode }) {
  const { id, draft, update } = props;
  return (
    <>
      <Area
        id={`${id}-thought`}
        label="The thought"
        hint="Write it down just as it sounds in your head."
        value={draft.thoughts[0]?.text ?? ""}
        onChange={(text) => update({ thoughts: [{ text, hot: true }, ...draft.thoughts.slice(1)] })}
      />
      {props.traps}
      <Area
        id={`${id}-reframe`}
        label="A kinder, truer way to put it"
        hint="What would you say to a friend who had this thought?"
        value={draft.reframe}
        onChange={(reframe) => update({ reframe })}
      />
    </>
  );
}
