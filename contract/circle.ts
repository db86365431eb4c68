import { z } from "zod";
import { applicationStages } from "./applications.ts";
import { sharedItem } from "./circle-shared-items.ts";
import { email, singleLine } from "./common.ts";
import { longText, pageQuery } from "./fields.ts";

/**
 * The support circle: a seeker invites friends and coaches, shares chosen items with them one
 * by one, and they reply. Nothing is shared by default; a member sees a shared item as it is
 * now, through a presenter that picks only the shareable fields. "Seeker" is the person whose
 * circle it is; the circle role (friend | coach) has nothing to do with the server's user role.
 */

const idField = z.uuid({ message: "must be an id (UUID)" });
const stageEnum = z.enum(applicationStages);

export const circleRoles = ["friend", "coach"] as const;
export type CircleRole = (typeof circleRoles)[number];
export const circleRoleLabels: Record<CircleRole, string> = { friend: "Friend", coach: "Coach" };
const roleField = z.enum(circleRoles, { message: "must be friend or coach" });

export const shareItemTypes = [
  "application",
  "debrief",
  "soft_landing",
  "growth_plan",
  "post",
  "thought_record",
  "writing_session",
  "check_in",
] as const;
export type ShareItemType = (typeof shareItemTypes)[number];
export const shareItemTypeLabels: Record<ShareItemType, string> = {
  application: "Application",
  debrief: "Debrief",
  soft_landing: "Soft landing",
  growth_plan: "Growth plan",
  post: "Post",
  thought_record: "Thought record",
  writing_session: "Writing session",
  check_in: "Check-in",
};
const itemTypeField = z.enum(shareItemTypes, { message: `must be one of ${shareItemTypes.join(", ")}` });

/** Types written for the seeker alone: shared one at a time and only with `confirmPrivate: true`. */
export const privateItemTypes: readonly ShareItemType[] = ["thought_record", "writing_session", "check_in"];
export const privateShareWarning =
  "This was written for you alone. Sharing it lets the people you choose read it as it is now, and as you change it, until you unshare it.";

export const shareAudiences = ["circle", "chosen"] as const;
export type ShareAudience = (typeof shareAudiences)[number];
const audienceField = z.enum(shareAudiences, { message: "must be circle or chosen" });

/** How long the author of a reply may still edit it. */
export const replyEditWindowMinutes = 15;
export const maxReplyLength = 5000;
/** Invites expire after this many days. */
export const circleInviteDays = 14;

/* ---------- seeker side: members, invites, settings ---------- */

export const circleMember = z.object({
  /** The membership id (used by PATCH/DELETE /api/circle/members/:id and share memberIds). */
  id: z.string(),
  memberUserId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(circleRoles),
  canSeePipeline: z.boolean(),
  joinedAt: z.string(),
});
export type CircleMember = z.infer<typeof circleMember>;

export const circleInvite = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(circleRoles),
  canSeePipeline: z.boolean(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type CircleInvite = z.infer<typeof circleInvite>;

export const circleOverview = z.object({
  members: z.array(circleMember),
  /** Pending invites only (not accepted, withdrawn or expired). */
  invites: z.array(circleInvite),
  digestEmail: z.boolean(),
});
export type CircleOverview = z.infer<typeof circleOverview>;

export const createCircleInviteRequest = z.strictObject({
  email,
  role: roleField,
  canSeePipeline: z.boolean({ message: "must be true or false" }).optional(),
  message: longText(1000).optional(),
});
export type CreateCircleInviteRequest = z.infer<typeof createCircleInviteRequest>;

/** The URL carries the token; it is shown this once and only its hash is stored. */
export const createCircleInviteResponse = z.object({
  invite: circleInvite,
  url: z.string(),
  /** True when the invite went out through the seeker's SMTP account (queued in the outbox). */
  emailed: z.boolean(),
});
export type CreateCircleInviteResponse = z.infer<typeof createCircleInviteResponse>;

export const updateCircleMemberRequest = z
  .strictObject({
    role: roleField.optional(),
    canSeePipeline: z.boolean({ message: "must be true or false" }).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["role"] });
export type UpdateCircleMemberRequest = z.infer<typeof updateCircleMemberRequest>;

export const updateCircleSettingsRequest = z.strictObject({
  digestEmail: z.boolean({ message: "must be true or false" }),
});
export type UpdateCircleSettingsRequest = z.infer<typeof updateCircleSettingsRequest>;

/* ---------- invites: the public look-up and joining ---------- */

export const inviteTokenParams = z.strictObject({ token: z.string().trim().min(1).max(200) });

/** GET /api/public/circle-invites/:token — just enough for the join page to say who invited you. */
export const publicCircleInvite = z.object({
  seekerName: z.string(),
  role: z.enum(circleRoles),
  expiresAt: z.string(),
});
export type PublicCircleInvite = z.infer<typeof publicCircleInvite>;

export const joinCircleRequest = z.strictObject({
  token: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
});
export type JoinCircleRequest = z.infer<typeof joinCircleRequest>;

/** A circle I am a member of (the member's view). */
export const circleMembership = z.object({
  seekerId: z.string(),
  seekerName: z.string(),
  role: z.enum(circleRoles),
  canSeePipeline: z.boolean(),
  joinedAt: z.string(),
});
export type CircleMembership = z.infer<typeof circleMembership>;
export const circleMembershipList = z.object({ items: z.array(circleMembership) });
export type CircleMembershipList = z.infer<typeof circleMembershipList>;

export const seekerParams = z.strictObject({ seekerId: idField });
export const shareParams = z.strictObject({ shareId: idField });

/* ---------- shares (seeker side) ---------- */

export const circleShare = z.object({
  id: z.string(),
  itemType: z.enum(shareItemTypes),
  /**
   * The item's own id: the application's id for 'application' AND 'soft_landing' (a soft landing
   * belongs to one application), the debrief's id (not the interview's) for 'debrief', the post,
   * thought record, writing session or check-in id otherwise. Null only for the growth plan.
   */
  itemId: z.string().nullable(),
  title: z.string(),
  audience: z.enum(shareAudiences),
  /** Membership ids when the audience is 'chosen'; empty for 'circle'. */
  memberIds: z.array(z.string()),
  note: z.string(),
  replyCount: z.number().int(),
  lastReplyAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CircleShare = z.infer<typeof circleShare>;
export const circleShareList = z.object({ items: z.array(circleShare) });
export type CircleShareList = z.infer<typeof circleShareList>;

const memberIdsField = z.array(idField).max(200, "must have at most 200 members");
const noteField = longText(2000);

/**
 * Sharing an item already shared answers 409 `already_shared` (edit the existing share instead).
 * Private types need `confirmPrivate: true` (400 naming confirmPrivate otherwise).
 * `memberIds` is required (non-empty) when the audience is 'chosen'.
 */
export const createCircleShareRequest = z
  .strictObject({
    itemType: itemTypeField,
    itemId: idField.optional(),
    audience: audienceField,
    memberIds: memberIdsField.optional(),
    note: noteField.optional(),
    confirmPrivate: z.boolean({ message: "must be true or false" }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.itemType !== "growth_plan" && !value.itemId) {
      ctx.addIssue({ code: "custom", path: ["itemId"], message: "is required for this item type" });
    }
    if (value.audience === "chosen" && !value.memberIds?.length) {
      ctx.addIssue({ code: "custom", path: ["memberIds"], message: "must name at least one member" });
    }
    if (privateItemTypes.includes(value.itemType) && value.confirmPrivate !== true) {
      ctx.addIssue({ code: "custom", path: ["confirmPrivate"], message: `must be true: ${privateShareWarning}` });
    }
  });
export type CreateCircleShareRequest = z.infer<typeof createCircleShareRequest>;

export const updateCircleShareRequest = z
  .strictObject({
    audience: audienceField.optional(),
    memberIds: memberIdsField.optional(),
    note: noteField.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["audience"] });
export type UpdateCircleShareRequest = z.infer<typeof updateCircleShareRequest>;

/** GET /api/circle/shareable?itemType=… — the seeker's items of one type, for the share picker. */
/** Without itemType: every shareable item of every type. */
export const shareableQuery = z.strictObject({ itemType: itemTypeField.optional() });
export const shareableItem = z.object({
  itemType: z.enum(shareItemTypes),
  /** Null for the growth plan. */
  itemId: z.string().nullable(),
  title: z.string(),
  /** When it already is shared: that share's id (edit it instead of sharing again). */
  shareId: z.string().nullable(),
  createdAt: z.string(),
});
export type ShareableItem = z.infer<typeof shareableItem>;
export const shareableList = z.object({ items: z.array(shareableItem) });
export type ShareableList = z.infer<typeof shareableList>;

/* ---------- written posts ---------- */

export const circlePost = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  applicationId: z.string().nullable(),
  applicationTitle: z.string().nullable(),
  /** The share of this post, when it is shared. */
  shareId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CirclePost = z.infer<typeof circlePost>;
export const circlePostList = z.object({ items: z.array(circlePost) });
export type CirclePostList = z.infer<typeof circlePostList>;

const postTitle = singleLine(200).pipe(z.string().min(1, "must not be empty"));
const postBody = longText(20_000);

export const createCirclePostRequest = z.strictObject({
  title: postTitle,
  body: postBody.optional(),
  applicationId: idField.nullable().optional(),
});
export type CreateCirclePostRequest = z.infer<typeof createCirclePostRequest>;

export const updateCirclePostRequest = z
  .strictObject({
    title: postTitle.optional(),
    body: postBody.optional(),
    applicationId: idField.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["title"] });
export type UpdateCirclePostRequest = z.infer<typeof updateCirclePostRequest>;

/* ---------- what a member sees: the shared views, one per type (circle-shared-items.ts) ---------- */

export * from "./circle-shared-items.ts";

export const circlePerson = z.object({ id: z.string(), name: z.string() });
export type CirclePerson = z.infer<typeof circlePerson>;

export const circleReply = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  author: circlePerson,
  /** Markdown stored as written; empty when deleted. Render with HTML off. */
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  /** Soft-deleted: the thread shows "reply removed" in its place. */
  deleted: z.boolean(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
});
export type CircleReply = z.infer<typeof circleReply>;

/** GET /api/circle/shared/:shareId — for a member with access, or the seeker themself. */
export const sharedView = z.object({
  share: z.object({
    id: z.string(),
    itemType: z.enum(shareItemTypes),
    title: z.string(),
    note: z.string(),
    audience: z.enum(shareAudiences),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  seeker: circlePerson,
  /** True when the caller is the seeker (they may delete any reply, and manage the share). */
  isSeeker: z.boolean(),
  item: sharedItem,
  replies: z.array(circleReply),
});
export type SharedView = z.infer<typeof sharedView>;

export const feedQuery = z.strictObject({ ...pageQuery });
export const feedItem = z.object({
  shareId: z.string(),
  seeker: circlePerson,
  itemType: z.enum(shareItemTypes),
  title: z.string(),
  /** A short plain excerpt of the item (no private fields). */
  excerpt: z.string(),
  note: z.string(),
  sharedAt: z.string(),
  replyCount: z.number().int(),
});
export type FeedItem = z.infer<typeof feedItem>;
export const feedList = z.object({ items: z.array(feedItem), nextCursor: z.string().nullable() });
export type FeedList = z.infer<typeof feedList>;

/* ---------- replies ---------- */

const replyBody = z
  .string()
  .max(maxReplyLength, `must be at most ${maxReplyLength} characters`)
  .refine((value) => value.trim().length > 0, "must not be empty");

/** A reply to a reply must answer a top-level reply (one level of threading; 400 otherwise). */
export const createReplyRequest = z.strictObject({ body: replyBody, parentId: idField.optional() });
export type CreateReplyRequest = z.infer<typeof createReplyRequest>;

/** Only the author, within replyEditWindowMinutes (409 `edit_window_closed` after). */
export const updateReplyRequest = z.strictObject({ body: replyBody });
export type UpdateReplyRequest = z.infer<typeof updateReplyRequest>;

/* ---------- notifications (for the seeker) ---------- */

export const circleNotificationKinds = ["reply", "member_joined"] as const;
export type CircleNotificationKind = (typeof circleNotificationKinds)[number];

export const circleNotification = z.object({
  id: z.string(),
  kind: z.enum(circleNotificationKinds),
  actor: circlePerson,
  /** The shared item replied to (null for member_joined). */
  share: z.object({ id: z.string(), title: z.string(), itemType: z.enum(shareItemTypes) }).nullable(),
  replyId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type CircleNotification = z.infer<typeof circleNotification>;
export const notificationList = z.object({ items: z.array(circleNotification), unreadCount: z.number().int() });
export type NotificationList = z.infer<typeof notificationList>;

/** Marks the given notifications read; all of mine when ids is left out. */
export const markNotificationsReadRequest = z.strictObject({
  ids: z.array(idField).max(500, "must have at most 500 ids").optional(),
});
export type MarkNotificationsReadRequest = z.infer<typeof markNotificationsReadRequest>;

/* ---------- the coach's pipeline summary ---------- */

export const pipelineSummary = z.object({
  seeker: circlePerson,
  stageCounts: z.array(z.object({ stage: stageEnum, count: z.number().int() })),
  appliedThisWeek: z.number().int(),
  appliedLast4Weeks: z.number().int(),
  upcomingInterviews: z.object({ count: z.number().int(), dates: z.array(z.string()) }),
  /** Open applications: role and company only — never notes, salary or contacts. */
  activeApplications: z.array(
    z.object({ roleTitle: z.string(), companyName: z.string().nullable(), stage: stageEnum }),
  ),
});
export type PipelineSummary = z.infer<typeof pipelineSummary>;

/** PUT /api/circle/settings answers with the saved settings. */
export const circleSettings = z.object({ digestEmail: z.boolean() });
export type CircleSettings = z.infer<typeof circleSettings>;
