import type { Insertable, Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { ThoughtRecordsTable } from "../db/schema/journal.ts";
import type {
  ReadingItemsTable,
  StrengthEvidenceTable,
  StrengthsTable,
  WinsTable,
} from "../db/schema/strengths-reading.ts";
import type { Database } from "../db/schema.ts";
import { emptyPipelineRows, type PipelineRows } from "./demo-data.repo.ts";
import { planDemoThoughts } from "./demo-thoughts.ts";
import { planDemoWellbeing, type WellbeingRows } from "./demo-wellbeing.ts";

/** Maya's strengths, wins and reading list, her thought records, check-ins and balance. */
export interface ResilienceRows {
  strengths: Insertable<StrengthsTable>[];
  evidence: Insertable<StrengthEvidenceTable>[];
  wins: Insertable<WinsTable>[];
  readingItems: Insertable<ReadingItemsTable>[];
  thoughtRecords: Insertable<ThoughtRecordsTable>[];
  wellbeing: WellbeingRows;
}

const day = 86_400_000;

/**
 * What Maya has to offer, with evidence (one piece is Jonas's own words from his feedback), her
 * wins — most of them outside the job search — and a reading list that starts with a piece on
 * looking after yourself while job hunting; her thought records (linked to the applications and
 * interviews of `pipeline`), a month of check-ins and her life outside job-seeker mode
 * (demo-thoughts.ts, demo-wellbeing.ts). Dates are relative to `now`.
 */
export function planDemoResilience(
  userId: string,
  now: Date,
  pipeline: PipelineRows = emptyPipelineRows(),
): ResilienceRows {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day).toISOString();
  const on = (daysAgo: number) => at(daysAgo).slice(0, 10);
  const strength = (position: number, name: string, description: string) => ({
    id: newId(),
    user_id: userId,
    name,
    description,
    position,
    created_at: at(40),
    updated_at: at(40),
  });
  const synthesis = strength(0, "Research synthesis", "Turning a pile of notes into a few clear decisions.");
  const facilitation = strength(1, "Calm facilitation", "Keeping a room of stakeholders on one question.");
  const building = strength(2, "Getting things finished", "Shipping small, real things end to end.");
  const evidence = (strengthId: string, kind: string, text: string, daysAgo: number) => ({
    id: newId(),
    user_id: userId,
    strength_id: strengthId,
    kind,
    text,
    link: null,
    created_at: at(daysAgo),
  });
  const win = (
    title: string,
    notes: string,
    size: string,
    jobRelated: boolean,
    daysAgo: number,
    strengthId: string | null,
  ) => ({
    id: newId(),
    user_id: userId,
    title,
    notes,
    size,
    job_related: jobRelated ? 1 : 0,
    happened_on: on(daysAgo),
    strength_id: strengthId,
    created_at: at(daysAgo),
    updated_at: at(daysAgo),
  });
  const reading = (
    title: string,
    url: string,
    source: string,
    tags: string[],
    contexts: string[],
    whyItHelped: string,
    read: boolean,
    daysAgo: number,
  ) => ({
    id: newId(),
    user_id: userId,
    title,
    url,
    source,
    tags: JSON.stringify(tags),
    contexts: JSON.stringify(contexts),
    why_it_helped: whyItHelped,
    read: read ? 1 : 0,
    created_at: at(daysAgo),
    updated_at: at(daysAgo),
  });
  return {
    thoughtRecords: planDemoThoughts(userId, pipeline, now),
    wellbeing: planDemoWellbeing(userId, now),
    strengths: [synthesis, facilitation, building],
    evidence: [
      evidence(
        synthesis.id,
        "feedback_quote",
        'Jonas Weber (Fernleaf Health): "The diary study was the best case we saw"',
        10,
      ),
      evidence(
        synthesis.id,
        "project",
        "The onboarding diary study: 14 participants, three decisions the team shipped.",
        30,
      ),
      evidence(
        facilitation.id,
        "story",
        "Ran the pricing workshop where sales and product finally agreed on one question.",
        35,
      ),
      evidence(
        building.id,
        "project",
        "Designed and launched a bakery's website as a freelance project, start to finish.",
        12,
      ),
    ],
    wins: [
      win(
        "Freelance website launched",
        "The bakery's new site went live; first online order the same day.",
        "large",
        false,
        12,
        building.id,
      ),
      win(
        "Volunteer event organised",
        "Forty people at the community garden day.",
        "large",
        false,
        20,
        facilitation.id,
      ),
      win("Ran 10 km", "First time without stopping.", "small", false, 5, null),
      win("Second-round invite from Lumen Labs", "My case study landed.", "small", true, 8, synthesis.id),
    ],
    readingItems: [
      reading(
        "How to look after yourself during a long job search",
        "https://www.mind.org.uk/information-support/tips-for-everyday-living/job-searching-and-mental-health/",
        "Mind",
        ["self-care", "wellbeing"],
        ["self-care", "rejection"],
        "Reminded me that rest is part of the search, not time off from it.",
        false,
        15,
      ),
      reading(
        "Rejection is information, not a verdict",
        "https://hbr.org/2023/04/how-to-bounce-back-from-a-job-rejection",
        "Harvard Business Review",
        ["rejection"],
        ["rejection"],
        "Helped me ask Fernleaf for feedback instead of going quiet.",
        true,
        25,
      ),
      reading(
        "Telling research stories in interviews",
        "https://www.nngroup.com/articles/ux-portfolio-case-study/",
        "Nielsen Norman Group",
        ["portfolio", "storytelling"],
        ["interviewing"],
        "",
        false,
        6,
      ),
    ],
  };
}

export async function insertDemoResilience(db: Kysely<Database>, rows: ResilienceRows): Promise<void> {
  if (rows.strengths.length > 0) await db.insertInto("strengths").values(rows.strengths).execute();
  if (rows.evidence.length > 0) await db.insertInto("strength_evidence").values(rows.evidence).execute();
  if (rows.wins.length > 0) await db.insertInto("wins").values(rows.wins).execute();
  if (rows.readingItems.length > 0) await db.insertInto("reading_items").values(rows.readingItems).execute();
  if (rows.thoughtRecords.length > 0) await db.insertInto("thought_records").values(rows.thoughtRecords).execute();
  const { activities, activityLogs, checkIns, jobSearchTime } = rows.wellbeing;
  if (activities.length > 0) await db.insertInto("activities").values(activities).execute();
  if (activityLogs.length > 0) await db.insertInto("activity_logs").values(activityLogs).execute();
  if (checkIns.length > 0) await db.insertInto("check_ins").values(checkIns).execute();
  if (jobSearchTime.length > 0) await db.insertInto("job_search_time").values(jobSearchTime).execute();
}
