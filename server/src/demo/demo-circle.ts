import type { Insertable, Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { AuditEventsTable } from "../db/schema/audit.ts";
import type {
  CircleMembersTable,
  CircleNotificationsTable,
  CirclePostsTable,
  CircleRepliesTable,
  CircleSharesTable,
} from "../db/schema/circle.ts";
import type { Database } from "../db/schema.ts";
import { DemoDataRepo, type PipelineRows } from "./demo-data.repo.ts";
import { storyApplication } from "./demo-story.ts";

export interface CircleRows {
  members: Insertable<CircleMembersTable>[];
  posts: Insertable<CirclePostsTable>[];
  shares: Insertable<CircleSharesTable>[];
  replies: Insertable<CircleRepliesTable>[];
  notifications: Insertable<CircleNotificationsTable>[];
  audit: Insertable<AuditEventsTable>[];
}

/** The demo's mentor: a former research lead who coaches Maya through the search. */
export const demoMentor = { displayName: "Priya Raman" } as const;

/** The mentor's address, made from the demo account's so that several demo accounts can coexist. */
export function demoMentorEmail(demoEmail: string): string {
  const [local, domain] = demoEmail.split("@");
  return `priya.raman.${local}@${domain}`;
}

const hour = 3_600_000;

/**
 * Maya's support circle: Priya joined as a coach a month ago. After the Fernleaf rejection Maya
 * shared the debrief of the round that felt great, with a note; Priya viewed it and replied, Maya
 * answered, and Priya's second reply is still unread. Maya also shared a short post with what she
 * learned. Returns no rows when the search holds no story application.
 */
export function planDemoCircle(userId: string, mentorId: string, pipeline: PipelineRows, now: Date): CircleRows {
  const rows: CircleRows = { members: [], posts: [], shares: [], replies: [], notifications: [], audit: [] };
  const company = pipeline.companies.find((row) => row.name === storyApplication.company);
  const story = pipeline.applications.find(
    (row) => row.company_id === company?.id && row.role_title === storyApplication.role && row.stage === "rejected",
  );
  const rejected = pipeline.stageChanges.find((row) => row.application_id === story?.id && row.to_stage === "rejected");
  const storyInterviews = new Set(
    pipeline.interviews.filter((row) => row.application_id === story?.id).map((row) => row.id),
  );
  const debrief = pipeline.debriefs
    .filter((row) => storyInterviews.has(row.interview_id))
    .sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
  if (!story || !rejected || !debrief) return rows;

  const rejectedAt = Date.parse(rejected.changed_at);
  const at = (offset: number) => new Date(Math.min(rejectedAt + offset, now.getTime() - hour)).toISOString();
  const joined = new Date(Math.min(rejectedAt - 20 * 24 * hour, now.getTime() - 30 * 24 * hour)).toISOString();
  const memberId = newId();
  rows.members.push({
    id: memberId,
    user_id: userId,
    member_user_id: mentorId,
    role: "coach",
    can_see_pipeline: 1,
    joined_at: joined,
    revoked_at: null,
    invite_id: null,
  });

  const shareId = newId();
  const shared = at(30 * hour);
  rows.shares.push({
    id: shareId,
    user_id: userId,
    item_type: "debrief",
    item_id: debrief.id,
    audience: "circle",
    note: "Both Fernleaf rounds felt great, and still a no. What would you look at first?",
    created_at: shared,
    updated_at: shared,
  });
  const postId = newId();
  const posted = at(50 * hour);
  rows.posts.push({
    id: postId,
    user_id: userId,
    title: "What I learned from Fernleaf",
    body: [
      "- A round that **felt great** can still end in a no: the feeling was real, the fit was theirs to judge.",
      "- Lead with the outcome of the research, then the method.",
      "- Ask the panel what they most want to hear about before I start.",
    ].join("\n"),
    application_id: story.id ?? null,
    created_at: posted,
    updated_at: posted,
  });
  const postShareId = newId();
  rows.shares.push({
    id: postShareId,
    user_id: userId,
    item_type: "post",
    item_id: postId,
    audience: "circle",
    note: "",
    created_at: posted,
    updated_at: posted,
  });

  const first = newId();
  const answer = newId();
  const second = newId();
  const reply = (id: string, author: string, parent: string | null, body: string, created: string) =>
    rows.replies.push({
      id,
      share_id: shareId,
      seeker_user_id: userId,
      author_user_id: author,
      parent_id: parent,
      body,
      created_at: created,
      edited_at: null,
      deleted_at: null,
    });
  reply(
    first,
    mentorId,
    null,
    "Your energy after that round tells me this is the work for you. The **diary study story** is your best one: keep it, and open with what changed because of it.",
    at(33 * hour),
  );
  reply(answer, userId, first, "Thank you. I'll rewrite it outcome-first this week.", at(35 * hour));
  reply(
    second,
    mentorId,
    first,
    "Send it to me when it's done and we'll rehearse it before the Tidewell round.",
    at(52 * hour),
  );
  const notify = (replyId: string, created: string, read: boolean) =>
    rows.notifications.push({
      id: newId(),
      user_id: userId,
      kind: "reply",
      share_id: shareId,
      reply_id: replyId,
      actor_user_id: mentorId,
      created_at: created,
      read_at: read ? at(35 * hour) : null,
      emailed_at: null,
    });
  notify(first, at(33 * hour), true);
  notify(second, at(52 * hour), false);

  const detail = "Debrief: the Fernleaf round";
  const event = (kind: "circle_viewed" | "circle_replied" | "circle_invite_accepted", created: string, text: string) =>
    rows.audit.push({
      id: newId(),
      user_id: userId,
      actor_user_id: mentorId,
      actor_name: demoMentor.displayName,
      kind,
      method: null,
      ip: null,
      subject_type: kind === "circle_invite_accepted" ? null : "share",
      subject_id: kind === "circle_invite_accepted" ? null : shareId,
      detail: text,
      created_at: created,
    });
  event("circle_invite_accepted", joined, "Joined as coach");
  event("circle_viewed", at(32 * hour), detail);
  event("circle_replied", at(33 * hour), detail);
  event("circle_replied", at(52 * hour), detail);
  return rows;
}

/** Inserts the circle rows in foreign-key order. Run it inside the seed's transaction. */
export async function insertDemoCircle(db: Kysely<Database>, rows: CircleRows): Promise<void> {
  const data = new DemoDataRepo(db);
  const insert = <T extends keyof Database>(table: T, all: Insertable<Database[T]>[]) => data.insertRows(table, all);
  await insert("circle_members", rows.members);
  await insert("circle_posts", rows.posts);
  await insert("circle_shares", rows.shares);
  await insert("circle_replies", rows.replies);
  await insert("circle_notifications", rows.notifications);
  await insert("audit_events", rows.audit);
}
