import type { Kysely } from "kysely";
import type { ShareItemType } from "../../../../contract/circle.ts";
import type { Database } from "../../db/schema.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import type { OutboxService } from "../outbox/outbox.service.ts";
import type { SmtpAccountService } from "../outbox/smtp-account.service.ts";
import { CircleService } from "./circle.service.ts";
import { startCircleDigests } from "./circle-digest.ts";
import { CircleFeedService } from "./circle-feed.service.ts";
import { CircleInvitesService } from "./circle-invites.service.ts";
import { CircleNotificationsService } from "./circle-notifications.service.ts";
import { CirclePipelineService } from "./circle-pipeline.service.ts";
import { CirclePostsService } from "./circle-posts.service.ts";
import { CircleRepliesService } from "./circle-replies.service.ts";
import { CircleSharesService } from "./circle-shares.service.ts";
import { listShareable } from "./shareable-items.ts";

/** The support circle's services, wired once (services.ts holds them as `circle`). */
export function createCircleServices(
  db: Kysely<Database>,
  deps: { smtpAccounts: SmtpAccountService; outbox: OutboxService; audit: AuditService; publicUrl: string },
) {
  return {
    members: new CircleService(db, deps.audit),
    invites: new CircleInvitesService(db, deps.smtpAccounts, deps.outbox, deps.audit, deps.publicUrl),
    shares: new CircleSharesService(db),
    shareable: (actor: Actor, itemType: ShareItemType | undefined) => listShareable(db, actor, itemType),
    posts: new CirclePostsService(db),
    feed: new CircleFeedService(db, deps.audit),
    replies: new CircleRepliesService(db, deps.audit),
    notifications: new CircleNotificationsService(db),
    pipeline: new CirclePipelineService(db, deps.audit),
    /** The digest sweep, started by startHousekeeping. */
    startDigests: (log: (error: unknown) => void) =>
      startCircleDigests(db, deps.smtpAccounts, deps.outbox, deps.publicUrl, log),
  };
}
