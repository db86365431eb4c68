import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { CalendarFeedStatus, CreatedCalendarFeed } from "../../../../contract/calendar.ts";
import { notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { hashSecret, newSecret } from "../auth/secrets.ts";
import { ReadModelCache } from "../pipeline/read-model-cache.ts";
import type { CalendarEventsRepo } from "./calendar-events.repo.ts";
import type { CalendarFeedRepo } from "./calendar-feed.repo.ts";
import { buildIcs } from "./ics-calendar.ts";

/** Feed secrets start with this, so a leaked one is easy to recognise. */
export const feedTokenPrefix = "dbfcal_";
const feedTokenPattern = /^dbfcal_[A-Za-z0-9_-]{43}$/;
/** How far back the feed reaches: the past year of interviews, and everything ahead. */
// Past interviews a calendar still shows: a season back is what people scroll to; a year of a
// heavy search made the feed megabytes long, re-downloaded by every calendar app on each poll.
const feedHistoryDays = 90;

export interface IcsFile {
  /** Bytes, not a string: sending a cached Buffer skips re-encoding megabytes on every poll. */
  body: Buffer;
  /** A strong validator for the body, so calendar apps can ask "changed?" cheaply. */
  etag: string;
}

/** A feed as cached: also gzip-compressed once, for the calendar apps that accept it (most do). */
export interface CompressibleIcsFile extends IcsFile {
  /** The gzip bytes and their own validator (a different representation needs a different ETag). */
  gzipped(): IcsFile;
}

const icsFile = (body: string): IcsFile => ({
  body: Buffer.from(body, "utf8"),
  etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
});

function compressible(file: IcsFile): CompressibleIcsFile {
  let gzipped: IcsFile | undefined;
  return {
    ...file,
    gzipped: () => {
      // Compressed on the first poll that asks for it, then kept with the cached feed. A feed of
      // a heavy search is ~10x smaller gzipped: less to send on every poll of every calendar app.
      gzipped ??= { body: gzipSync(file.body), etag: `${file.etag.slice(0, -1)}-gz"` };
      return gzipped;
    },
  };
}

/** The private calendar feed and single-interview downloads. */
export class CalendarService {
  // Feeds run to hundreds of kilobytes for a heavy seeker; fewer entries keep memory bounded.
  private readonly feedCache = new ReadModelCache<CompressibleIcsFile>(200);

  constructor(
    private readonly feeds: CalendarFeedRepo,
    private readonly events: CalendarEventsRepo,
    private readonly publicUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async status(actor: Actor): Promise<CalendarFeedStatus> {
    const row = await this.feeds.findForUser(actor.userId);
    return { feed: row ? { createdAt: row.created_at } : null };
  }

  /** Makes a new secret feed URL; an earlier one stops working in the same write. Shown once. */
  async enable(actor: Actor): Promise<CreatedCalendarFeed> {
    const token = newSecret(feedTokenPrefix);
    const createdAt = this.now().toISOString();
    await this.feeds.replace({ user_id: actor.userId, token_hash: hashSecret(token), created_at: createdAt });
    return { url: `${this.publicUrl}/calendar/${token}.ics`, feed: { createdAt } };
  }

  async disable(actor: Actor): Promise<void> {
    await this.feeds.deleteForUser(actor.userId);
  }

  /**
   * The feed behind a secret, cached per owner and pipeline revision (and day, since the
   * window of past interviews moves). Anything but a live secret is the same bare 404.
   */
  async feed(token: string): Promise<CompressibleIcsFile> {
    const owner = feedTokenPattern.test(token) ? await this.feeds.ownerOf(hashSecret(token)) : undefined;
    if (!owner) throw notFound();
    const { userId, revision } = owner;
    const now = this.now();
    return this.feedCache.get(userId, revision, `feed|${now.toISOString().slice(0, 10)}`, async () => {
      const since = new Date(now.getTime() - feedHistoryDays * 86_400_000).toISOString();
      const [interviews, tasks] = await Promise.all([
        this.events.interviewsSince(userId, since),
        this.events.openTasksWithDueDate(userId),
      ]);
      return compressible(icsFile(buildIcs(interviews, tasks, { name: "Debrief", publicUrl: this.publicUrl })));
    });
  }

  /** One interview as a file to import; another person's interview is not found. */
  async interviewIcs(actor: Actor, interviewId: string): Promise<IcsFile & { fileName: string }> {
    const row = await this.events.interview(actor.userId, interviewId);
    if (!row) throw notFound("Interview");
    return {
      ...icsFile(buildIcs([row], [], { name: "Debrief interview", publicUrl: this.publicUrl })),
      fileName: `interview-${row.startsAt.slice(0, 10)}.ics`,
    };
  }
}
