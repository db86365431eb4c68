import type { Insertable, Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type {
  FeedbackEntriesTable,
  FeedbackItemsTable,
  FeedbackRequestsTable,
  FeedbackThemesTable,
} from "../db/schema/feedback.ts";
import type { ActionItemsTable, SoftLandingsTable } from "../db/schema/growth.ts";
import type { Database } from "../db/schema.ts";
import { hashSecret, newSecret } from "../features/auth/secrets.ts";
import { DemoDataRepo, type PipelineRows } from "./demo-data.repo.ts";
import { storyApplication } from "./demo-story.ts";

/** The growth half of the story: rows for the feedback and growth tables. */
export interface GrowthRows {
  feedbackRequests: Insertable<FeedbackRequestsTable>[];
  feedbackEntries: Insertable<FeedbackEntriesTable>[];
  feedbackThemes: Insertable<FeedbackThemesTable>[];
  feedbackItems: Insertable<FeedbackItemsTable>[];
  softLandings: Insertable<SoftLandingsTable>[];
  actionItems: Insertable<ActionItemsTable>[];
}

const hour = 3_600_000;

/**
 * After the Fernleaf rejection Maya took the soft landing, asked Jonas for feedback (three
 * things to keep, three to change) and he answered through the private link the next day; she
 * split his answer into themed items and turned two into her growth plan. Returns no rows when
 * the search holds no story application (a seed without it).
 */
export function planDemoGrowth(userId: string, pipeline: PipelineRows, now: Date): GrowthRows {
  const empty: GrowthRows = {
    feedbackRequests: [],
    feedbackEntries: [],
    feedbackThemes: [],
    feedbackItems: [],
    softLandings: [],
    actionItems: [],
  };
  const company = pipeline.companies.find((row) => row.name === storyApplication.company);
  const story = pipeline.applications.find(
    (row) => row.company_id === company?.id && row.role_title === storyApplication.role && row.stage === "rejected",
  );
  const rejected = pipeline.stageChanges.find((row) => row.application_id === story?.id && row.to_stage === "rejected");
  if (!story || !rejected) return empty;
  const jonas = pipeline.contacts.find((row) => row.company_id === company?.id && row.name === "Jonas Weber");
  const rejectedAt = Date.parse(rejected.changed_at);
  // Asked the evening of the rejection, answered the next afternoon; never after now.
  const at = (offset: number) => new Date(Math.min(rejectedAt + offset, now.getTime() - hour)).toISOString();
  const asked = at(6 * hour);
  const answered = at(26 * hour);

  const requestId = newId();
  const entryId = newId();
  const themes = ["Storytelling", "Metrics and impact", "Communication"].map((name) => ({
    id: newId(),
    user_id: userId,
    name,
    created_at: answered,
  }));
  const [storytelling, metrics, communication] = themes.map((theme) => theme.id);
  const items = [
    ["Your diary study story was the strongest part of the day: clear, human, well paced.", storytelling],
    ["Say what changed because of the research: a decision, a metric, a product change.", metrics],
    ["Lead with the outcome, then the method; we lost the thread in the middle of the case.", storytelling],
    ["Ask the panel what they most want to hear about before you start.", communication],
  ].map(([text, themeId], position) => ({
    id: newId(),
    user_id: userId,
    entry_id: entryId,
    text: text ?? "",
    theme_id: themeId ?? null,
    position,
    created_at: answered,
  }));

  return {
    feedbackRequests: [
      {
        id: requestId,
        user_id: userId,
        application_id: story.id,
        contact_id: jonas?.id ?? null,
        interview_id: null,
        // A link nobody can open: its token was never kept.
        token_hash: hashSecret(newSecret("dbffb_")),
        expires_at: new Date(Date.parse(asked) + 30 * 24 * hour).toISOString(),
        outbox_message_id: null,
        sent_at: asked,
        followed_up_at: null,
        follow_up_count: 0,
        answered_at: answered,
        answered_via: "link",
        created_at: asked,
        updated_at: answered,
      },
    ],
    feedbackEntries: [
      {
        id: entryId,
        user_id: userId,
        application_id: story.id,
        request_id: requestId,
        source: "link",
        from_name: "Jonas Weber",
        from_role: "Head of Research",
        anonymous: 0,
        went_well:
          "The diary study was the best case we saw: you made the participants real and your synthesis was careful.",
        to_change:
          "We hired someone who could show the business impact of their research more directly. Tell us what changed because of your work.",
        advice: "Open each case with the decision the research changed, then walk back through how you got there.",
        keep: JSON.stringify(["Storytelling with real people", "Careful synthesis", "Questions for the panel"]),
        change: JSON.stringify(["Lead with the outcome", "Put numbers on the impact", "Check what the panel wants"]),
        body: "",
        received_at: answered,
        unread: 0,
        edit_key_hash: null,
        editable_until: null,
        created_at: answered,
        updated_at: answered,
      },
    ],
    feedbackThemes: themes,
    feedbackItems: items,
    softLandings: [
      {
        id: newId(),
        user_id: userId,
        application_id: story.id,
        feeling: 2,
        feeling_words: "disappointed, tired",
        what_i_learned:
          "Both Fernleaf rounds left me energized: research with real people is the work I want, even when the answer is no.",
        plan_for_me: "If it's Saturday morning, then I go for a long run before I open the laptop.",
        dismissed_at: null,
        completed_at: asked,
        created_at: at(2 * hour),
        updated_at: asked,
      },
    ],
    actionItems: [
      {
        id: newId(),
        user_id: userId,
        title: "Open each portfolio case with the decision the research changed",
        status: "doing",
        target_date: null,
        feedback_item_id: items[2]?.id ?? null,
        application_id: null,
        done_at: null,
        created_at: answered,
        updated_at: answered,
      },
      {
        id: newId(),
        user_id: userId,
        title: "Put a number on the impact in two portfolio stories",
        status: "todo",
        target_date: null,
        feedback_item_id: items[1]?.id ?? null,
        application_id: null,
        done_at: null,
        created_at: answered,
        updated_at: answered,
      },
    ],
  };
}

/** Inserts the growth rows in foreign-key order. Run it inside the seed's transaction. */
export async function insertDemoGrowth(db: Kysely<Database>, rows: GrowthRows): Promise<void> {
  const data = new DemoDataRepo(db);
  const insert = <T extends keyof Database>(table: T, all: Insertable<Database[T]>[]) => data.insertRows(table, all);
  await insert("feedback_requests", rows.feedbackRequests);
  await insert("feedback_entries", rows.feedbackEntries);
  await insert("feedback_themes", rows.feedbackThemes);
  await insert("feedback_items", rows.feedbackItems);
  await insert("soft_landings", rows.softLandings);
  await insert("action_items", rows.actionItems);
}
