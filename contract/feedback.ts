import { z } from "zod";
import { singleLine } from "./common.ts";
import { isoDate } from "./fields.ts";

/**
 * Feedback: requests with a private link an interviewer answers without an account, a log of
 * feedback from any channel, the user's own themes, and the items an entry is split into.
 * Every piece of text is stored verbatim and shown as plain text (never as HTML or Markdown).
 */

export const feedbackSources = ["link", "email", "call", "other"] as const;
export type FeedbackSource = (typeof feedbackSources)[number];
export const feedbackSourceLabels: Record<FeedbackSource, string> = {
  link: "Feedback link",
  email: "Email reply",
  call: "Call notes",
  other: "Other",
};

/** Theme names offered in the UI (the user keeps their own list). */
export const suggestedThemes = [
  "storytelling",
  "portfolio depth",
  "metrics/impact",
  "technical depth",
  "culture fit",
  "communication",
] as const;

/**
 * The published figure shown beside the user's own response rate (PRODUCT.md): a 2022
 * candidate-experience benchmark found about 71% of candidates in North America never
 * receive feedback.
 */
export const feedbackBenchmark = {
  neverReceiveShare: 0.71,
  region: "North America",
  year: 2022,
  description: "About 71% of candidates in North America never receive feedback (2022 candidate-experience benchmark).",
} as const;

export const feedbackLinkDays = 30;
export const feedbackEditMinutes = 60;
export const maxListPoints = 3;
const textMax = 5000;
const longField = (max = textMax) =>
  z.string({ message: "must be text" }).max(max, `must be at most ${max} characters`);
const shortList = z
  .array(longField(500).pipe(z.string()), { message: "must be a list of text" })
  .max(maxListPoints, `must have at most ${maxListPoints} entries`);

// ---------- requests ----------

export const createFeedbackRequest = z.strictObject({
  applicationId: z.uuid({ message: "must be an application id" }),
  contactId: z.uuid({ message: "must be a contact id" }).nullable().optional(),
  interviewId: z.uuid({ message: "must be an interview id" }).nullable().optional(),
});
export type CreateFeedbackRequest = z.infer<typeof createFeedbackRequest>;

export const feedbackRequest = z.object({
  id: z.string(),
  applicationId: z.string(),
  roleTitle: z.string(),
  companyName: z.string().nullable(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  interviewId: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  sentAt: z.string().nullable(),
  followedUpAt: z.string().nullable(),
  followUpCount: z.number(),
  answeredAt: z.string().nullable(),
  answeredVia: z.enum(["link", "manual"]).nullable(),
  /** Whole days from sent (or created, if never marked sent) to answered. */
  daysToAnswer: z.number().nullable(),
});
export type FeedbackRequest = z.infer<typeof feedbackRequest>;

export const createdFeedbackRequest = z.object({
  request: feedbackRequest,
  /** The private link; shown in this response only (the server keeps a hash of its token). */
  url: z.string(),
});
export type CreatedFeedbackRequest = z.infer<typeof createdFeedbackRequest>;

export const feedbackRequestListQuery = z.strictObject({
  applicationId: z.uuid({ message: "must be an application id" }).optional(),
});
export const feedbackRequestList = z.object({ items: z.array(feedbackRequest) });
export type FeedbackRequestList = z.infer<typeof feedbackRequestList>;

const rate = z.object({ asked: z.number(), answered: z.number(), rate: z.number().nullable() });
export const feedbackResponseRate = z.object({
  overall: rate,
  /** By the month a request was sent (or created, if never marked sent), oldest first. */
  byMonth: z.array(rate.extend({ month: z.string() })),
  benchmark: z.object({
    neverReceiveShare: z.number(),
    region: z.string(),
    year: z.number(),
    description: z.string(),
  }),
});
export type FeedbackResponseRate = z.infer<typeof feedbackResponseRate>;

// ---------- the public page ----------

export const publicFeedbackParams = z.strictObject({ token: z.string() });

export const publicFeedbackAnswer = z.object({
  wentWell: z.string(),
  toChange: z.string(),
  advice: z.string(),
  keep: z.array(z.string()),
  change: z.array(z.string()),
  fromName: z.string(),
  fromRole: z.string(),
  anonymous: z.boolean(),
});
export type PublicFeedbackAnswer = z.infer<typeof publicFeedbackAnswer>;

/** All the public page may know: the candidate's name and the role. */
export const publicFeedbackPage = z.object({
  candidateName: z.string(),
  roleTitle: z.string(),
  alreadyAnswered: z.boolean(),
  /** Only for the browser that sent the answer, while it may still edit it. */
  editableUntil: z.string().nullable(),
  /** That browser's own answer, to edit. */
  answer: publicFeedbackAnswer.nullable(),
});
export type PublicFeedbackPage = z.infer<typeof publicFeedbackPage>;

export const submitPublicFeedback = z
  .strictObject({
    wentWell: longField().default(""),
    toChange: longField().default(""),
    advice: longField().default(""),
    keep: shortList.default([]),
    change: shortList.default([]),
    fromName: singleLine(200).default(""),
    fromRole: singleLine(200).default(""),
    anonymous: z.boolean({ message: "must be true or false" }).default(false),
    /** A field people never see: bots fill it in. */
    website: z.string().max(2000).optional(),
  })
  .refine(
    (value) =>
      [value.wentWell, value.toChange, value.advice, ...value.keep, ...value.change].some((text) => text.trim() !== ""),
    { message: "write at least one answer", path: ["wentWell"] },
  );
export type SubmitPublicFeedback = z.input<typeof submitPublicFeedback>;

export const submittedPublicFeedback = z.object({ editableUntil: z.string() });

// ---------- the log ----------

export const feedbackItem = z.object({
  id: z.string(),
  entryId: z.string(),
  text: z.string(),
  themeId: z.string().nullable(),
  themeName: z.string().nullable(),
  position: z.number(),
});
export type FeedbackItem = z.infer<typeof feedbackItem>;

export const feedbackEntry = z.object({
  id: z.string(),
  applicationId: z.string().nullable(),
  roleTitle: z.string().nullable(),
  companyName: z.string().nullable(),
  requestId: z.string().nullable(),
  source: z.enum(feedbackSources),
  fromName: z.string(),
  fromRole: z.string(),
  anonymous: z.boolean(),
  wentWell: z.string(),
  toChange: z.string(),
  advice: z.string(),
  keep: z.array(z.string()),
  change: z.array(z.string()),
  body: z.string(),
  receivedAt: z.string(),
  unread: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  items: z.array(feedbackItem),
});
export type FeedbackEntry = z.infer<typeof feedbackEntry>;
export const feedbackEntryList = z.object({ items: z.array(feedbackEntry) });
export type FeedbackEntryList = z.infer<typeof feedbackEntryList>;

const entryFields = {
  applicationId: z.uuid({ message: "must be an application id" }).nullable(),
  source: z.enum(["email", "call", "other"], { message: "must be email, call or other" }),
  fromName: singleLine(200),
  fromRole: singleLine(200),
  anonymous: z.boolean({ message: "must be true or false" }),
  wentWell: longField(),
  toChange: longField(),
  advice: longField(),
  keep: shortList,
  change: shortList,
  body: longField(50_000),
  receivedOn: isoDate,
};
export const createFeedbackEntry = z.strictObject({
  ...entryFields,
  applicationId: entryFields.applicationId.default(null),
  fromName: entryFields.fromName.default(""),
  fromRole: entryFields.fromRole.default(""),
  anonymous: entryFields.anonymous.default(false),
  wentWell: entryFields.wentWell.default(""),
  toChange: entryFields.toChange.default(""),
  advice: entryFields.advice.default(""),
  keep: entryFields.keep.default([]),
  change: entryFields.change.default([]),
  body: entryFields.body.default(""),
  receivedOn: entryFields.receivedOn.optional(),
});
export type CreateFeedbackEntry = z.input<typeof createFeedbackEntry>;
export const updateFeedbackEntry = z.strictObject({
  ...Object.fromEntries(Object.entries(entryFields).map(([key, schema]) => [key, schema.optional()])),
} as { [K in keyof typeof entryFields]: z.ZodOptional<(typeof entryFields)[K]> });
export type UpdateFeedbackEntry = z.infer<typeof updateFeedbackEntry>;

export const maxItemsPerEntry = 50;
export const replaceFeedbackItems = z.strictObject({
  items: z
    .array(
      z.strictObject({
        /** An existing item of this entry to keep (its id, and links to it, stay); omit for a new one. */
        id: z.uuid({ message: "must be an item id" }).optional(),
        text: z.string().trim().min(1, "must not be empty").max(textMax, `must be at most ${textMax} characters`),
        themeId: z.uuid({ message: "must be a theme id" }).nullable().default(null),
      }),
    )
    .max(maxItemsPerEntry, `must have at most ${maxItemsPerEntry} items`),
});
export type ReplaceFeedbackItems = z.input<typeof replaceFeedbackItems>;
export const feedbackItemList = z.object({ items: z.array(feedbackItem) });

export const feedbackItemQuery = z.strictObject({
  themeId: z.uuid({ message: "must be a theme id" }).optional(),
  applicationId: z.uuid({ message: "must be an application id" }).optional(),
});
export const feedbackItemWithSource = feedbackItem.extend({
  applicationId: z.string().nullable(),
  roleTitle: z.string().nullable(),
  companyName: z.string().nullable(),
  fromName: z.string(),
  source: z.enum(feedbackSources),
  receivedAt: z.string(),
});
export type FeedbackItemWithSource = z.infer<typeof feedbackItemWithSource>;
export const feedbackItemWithSourceList = z.object({ items: z.array(feedbackItemWithSource) });
export type FeedbackItemWithSourceList = z.infer<typeof feedbackItemWithSourceList>;

// ---------- themes ----------

export const feedbackTheme = z.object({ id: z.string(), name: z.string(), itemCount: z.number() });
export type FeedbackTheme = z.infer<typeof feedbackTheme>;
export const feedbackThemeList = z.object({
  themes: z.array(feedbackTheme),
  suggestions: z.array(z.string()),
});
export type FeedbackThemeList = z.infer<typeof feedbackThemeList>;
export const saveFeedbackTheme = z.strictObject({
  name: singleLine(60).pipe(z.string().min(1, "must not be empty")),
});

export const feedbackThemeSummary = z.object({
  themes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      itemCount: z.number(),
      companyCount: z.number(),
      peopleCount: z.number(),
      quotes: z.array(
        z.object({ itemId: z.string(), text: z.string(), companyName: z.string().nullable(), fromName: z.string() }),
      ),
    }),
  ),
  untaggedCount: z.number(),
});
export type FeedbackThemeSummary = z.infer<typeof feedbackThemeSummary>;

export const feedbackUnread = z.object({ count: z.number() });
