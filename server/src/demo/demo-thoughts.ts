import type { Insertable } from "kysely";
import { newId } from "../db/ids.ts";
import type { ThoughtRecordsTable } from "../db/schema/journal.ts";
import type { PipelineRows } from "./demo-data.repo.ts";
import { storyApplication } from "./demo-story.ts";

const hour = 3_600_000;

/**
 * Maya's thought records: the full seven columns the evening after Fernleaf said no (the
 * rejection that followed two interviews that felt great), a quick one before the Tidewell
 * hiring-manager interview, and a quick one when Wrenfield Council went quiet. Each links to its
 * application (and interview); none is dated after `now`. Records whose application is not in
 * the search are left out.
 */
export function planDemoThoughts(userId: string, pipeline: PipelineRows, now: Date): Insertable<ThoughtRecordsTable>[] {
  const applicationOf = (company: string, role?: string) => {
    const companyId = pipeline.companies.find((row) => row.name === company)?.id;
    return pipeline.applications.find((row) => row.company_id === companyId && (!role || row.role_title === role));
  };
  const interviewOf = (applicationId: string | undefined, round: string) =>
    pipeline.interviews.find((row) => row.application_id === applicationId && row.round_name === round);
  const record = (
    fields: Partial<Insertable<ThoughtRecordsTable>>,
    writtenAt: number,
  ): Insertable<ThoughtRecordsTable> => {
    const at = new Date(Math.min(writtenAt, now.getTime() - hour)).toISOString();
    // Every column spelled out: a multi-row insert on SQLite would write NULL for a missing one.
    return {
      id: newId(),
      user_id: userId,
      mode: "quick",
      situation: "",
      moods: "[]",
      automatic_thoughts: "[]",
      evidence_for: "",
      evidence_against: "",
      balanced_thought: "",
      balanced_belief: null,
      thinking_traps: "[]",
      dismissed_traps: "[]",
      reframe: "",
      application_id: null,
      interview_id: null,
      created_at: at,
      updated_at: at,
      ...fields,
    };
  };

  const records: Insertable<ThoughtRecordsTable>[] = [];
  const fernleaf = applicationOf(storyApplication.company, storyApplication.role);
  const rejected = pipeline.stageChanges.find(
    (row) => row.application_id === fernleaf?.id && row.to_stage === "rejected",
  );
  if (fernleaf && rejected) {
    records.push(
      record(
        {
          mode: "full",
          situation:
            "The Fernleaf email: not selected. A week after the case presentation that felt like the best interview I've had.",
          moods: JSON.stringify([
            { name: "disappointed", before: 90, after: 55 },
            { name: "ashamed", before: 60, after: 20 },
            { name: "anxious", before: 70, after: 40 },
          ]),
          automatic_thoughts: JSON.stringify([
            { text: "I'm not good enough for a senior role", hot: true },
            { text: "They must think I wasted their time", hot: false },
            { text: "I should have led with the outcome", hot: false },
          ]),
          evidence_for: "They chose someone else. I lost the thread in the middle of the case.",
          evidence_against:
            "I reached the final round. Jonas said the diary study was the best case they saw. Tidewell and " +
            "Marlowe both want to talk to me this month.",
          balanced_thought:
            "I was a strong candidate for one opening. The feedback gives me two things to practise, not a verdict on me.",
          balanced_belief: 70,
          thinking_traps: JSON.stringify(["labeling", "mind_reading"]),
          // "Should have led with the outcome" is Jonas's fair advice, not a rigid rule: set aside.
          dismissed_traps: JSON.stringify(["should_statements"]),
          application_id: fernleaf.id ?? null,
          interview_id: interviewOf(fernleaf.id, "Portfolio & case presentation")?.id ?? null,
        },
        Date.parse(rejected.changed_at) + 8 * hour,
      ),
    );
  }

  const tidewell = applicationOf("Tidewell");
  const managerRound = interviewOf(tidewell?.id, "Hiring manager");
  if (tidewell) {
    records.push(
      record(
        {
          mode: "quick",
          automatic_thoughts: JSON.stringify([
            { text: "I always freeze when a hiring manager asks for concrete examples", hot: true },
          ]),
          thinking_traps: JSON.stringify(["overgeneralization"]),
          reframe: "I froze once, in one panel. This time I have two roadmap stories written down.",
          application_id: tidewell.id ?? null,
          interview_id: managerRound?.id ?? null,
        },
        now.getTime() - 20 * hour,
      ),
    );
  }

  const wrenfield = applicationOf("Wrenfield Council");
  if (wrenfield) {
    records.push(
      record(
        {
          mode: "quick",
          automatic_thoughts: JSON.stringify([{ text: "No one even bothers to answer me anymore", hot: true }]),
          thinking_traps: JSON.stringify(["overgeneralization"]),
          reframe: "One council went quiet. Three companies wrote back this month, and one made an offer.",
          application_id: wrenfield.id ?? null,
        },
        now.getTime() - 5 * 24 * hour,
      ),
    );
  }
  return records;
}
