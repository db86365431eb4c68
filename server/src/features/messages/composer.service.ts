import type { Kysely } from "kysely";
import type {
  MessageKind,
  MessagePreview,
  MessagePreviewRequest,
  SendMessageRequest,
} from "../../../../contract/messages.ts";
import { messagePreviewRequest, sendMessageRequest } from "../../../../contract/messages.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, type FieldProblem, notFound } from "../../errors.ts";
import { ApplicationsRepo, type ApplicationView } from "../applications/applications.repo.ts";
import type { Actor } from "../auth/actor.ts";
import { type InterviewRow, InterviewsRepo } from "../interviews/interviews.repo.ts";
import type { OutboxRow } from "../outbox/outbox.repo.ts";
import type { OutboxService } from "../outbox/outbox.service.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { messageGuidance, placeholderNames } from "./built-in-templates.ts";
import { ComposerRepo, type RecipientRow } from "./composer.repo.ts";
import type { MessageTemplatesService } from "./message-templates.service.ts";
import { timingAdvice } from "./message-timing.ts";
import { placeholdersIn, renderTemplate } from "./placeholder-renderer.ts";

/**
 * The feedback requests a feedback-request message creates and a follow-up records (the
 * feedback feature's FeedbackRequestsService); null leaves feedback requests untracked.
 */
export interface FeedbackRequestsPort {
  createRequest(
    actor: Pick<Actor, "userId">,
    input: { applicationId: string; contactId?: string; interviewId?: string },
    trx?: Kysely<Database>,
  ): Promise<{ request: { id: string }; url: string }>;
  markSent(
    actor: Pick<Actor, "userId">,
    requestId: string,
    outboxMessageId: string | null,
    trx?: Kysely<Database>,
  ): Promise<unknown>;
  markFollowedUp(actor: Pick<Actor, "userId">, requestId: string, trx?: Kysely<Database>): Promise<unknown>;
}

const feedbackLinkPlaceholder = "{{feedbackLink}}";
const dropWithoutLink: ReadonlySet<string> = new Set(["feedbackLink"]);

/** Composes messages from templates (preview) and queues the person's final text (send). */
export class ComposerService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly templates: MessageTemplatesService,
    private readonly outbox: OutboxService,
    private readonly feedbackRequests: FeedbackRequestsPort | null,
  ) {}

  /** The template filled in with the application's details, with guidance and timing. */
  async preview(actor: Actor, request: MessagePreviewRequest, now = new Date()): Promise<MessagePreview> {
    const input = messagePreviewRequest.parse(request);
    const userId = actor.userId;
    const repo = new ComposerRepo(this.db);
    const application = await this.application(userId, input.applicationId);
    const interview = input.interviewId
      ? await this.interview(userId, input.applicationId, input.interviewId)
      : input.kind === "thank_you"
        ? await this.latestStartedInterview(userId, input.applicationId, now)
        : null;
    const contact = input.contactId ? await this.contact(userId, input.contactId) : null;
    const [template, myName, recipients, interviewerIds, messages] = await Promise.all([
      this.templates.get(actor, input.kind),
      repo.displayName(userId),
      repo.recipients(userId, input.applicationId, interview?.id ?? null),
      interview ? repo.interviewerIds(userId, interview.id) : Promise.resolve(new Set<string>()),
      repo.messagesFor(userId, input.applicationId),
    ]);

    const fields = fieldsFor({
      application,
      interview,
      contact,
      myName,
      moment: input.moment ?? null,
      feedbackLink: input.kind === "feedback_request" && input.includeFeedbackLink ? feedbackLinkPlaceholder : null,
    });
    const options = { dropLineWhenEmpty: dropWithoutLink };
    const subject = renderTemplate(template.subject, fields, options);
    const body = renderTemplate(template.body, fields, options);
    const contactedAt = messages.map((message) => message.sent_at ?? message.created_at).sort();
    return {
      kind: input.kind,
      to: contact?.email ?? null,
      toName: contact?.name ?? "",
      subject: subject.text,
      body: body.text,
      missing: unique([...subject.missing, ...body.missing]),
      unknown: unique([...subject.unknown, ...body.unknown]),
      recipients: recipients.map((recipient) => ({
        contactId: recipient.id,
        name: recipient.name,
        email: recipient.email,
        roleTitle: recipient.role_title,
        interviewer: interviewerIds.has(recipient.id),
      })),
      guidance: [...messageGuidance[input.kind]],
      timing: timingAdvice({
        kind: input.kind,
        now,
        interview: interview
          ? {
              startsAt: interview.starts_at,
              durationMinutes: interview.duration_minutes,
              timeZone: interview.time_zone,
            }
          : null,
        appliedOn: application.applied_on,
        lastContactAt: contactedAt.at(-1) ?? null,
        followUpsAt: messages
          .filter((message) => message.kind === "follow_up")
          .map((message) => message.sent_at ?? message.created_at),
        promisedOn: input.promisedOn ?? null,
        decidedAt: application.stage === "rejected" ? application.stage_changed_at : null,
      }),
    };
  }

  /**
   * Queues the person's final text in the outbox, and records it: a feedback request is
   * created (with its private link, when asked for) and marked sent; a follow-up on a request
   * is marked on it. All in one transaction, so a refusal (no email account: 409) leaves nothing.
   */
  async send(
    actor: Actor,
    request: SendMessageRequest,
  ): Promise<{ message: OutboxRow; feedbackRequestId: string | null }> {
    const input = sendMessageRequest.parse(request);
    const userId = actor.userId;
    await this.application(userId, input.applicationId);
    if (input.interviewId) await this.interview(userId, input.applicationId, input.interviewId);
    const contact = input.contactId ? await this.contact(userId, input.contactId) : null;
    checkFinalText(input);
    const feedback = this.feedbackRequests;
    if ((input.kind === "feedback_request" && input.includeFeedbackLink) || input.feedbackRequestId) {
      if (!feedback) {
        throw badRequest("Feedback requests are not available on this server yet.", [
          { path: input.feedbackRequestId ? "feedbackRequestId" : "includeFeedbackLink", message: "is not available" },
        ]);
      }
    }

    const result = await this.db.transaction().execute(async (trx) => {
      let body = input.body;
      let feedbackRequestId: string | null = null;
      if (input.kind === "feedback_request" && feedback) {
        const created = await feedback.createRequest(
          actor,
          {
            applicationId: input.applicationId,
            ...(input.contactId ? { contactId: input.contactId } : {}),
            ...(input.interviewId ? { interviewId: input.interviewId } : {}),
          },
          trx,
        );
        feedbackRequestId = created.request.id;
        if (input.includeFeedbackLink) body = body.replaceAll(feedbackLinkPlaceholder, created.url);
      }
      const message = await this.outbox.enqueue(
        actor,
        {
          kind: input.kind,
          toAddress: input.to,
          toName: input.toName || contact?.name || "",
          subject: input.subject,
          bodyText: body,
          applicationId: input.applicationId,
        },
        trx,
      );
      if (feedbackRequestId && feedback) await feedback.markSent(actor, feedbackRequestId, message.id, trx);
      if (input.feedbackRequestId && feedback) {
        await feedback.markFollowedUp(actor, input.feedbackRequestId, trx);
        feedbackRequestId = input.feedbackRequestId;
      }
      await bumpPipelineRevision(trx, userId);
      return { message, feedbackRequestId };
    });
    this.outbox.wake();
    return result;
  }

  private async application(userId: string, id: string): Promise<ApplicationView> {
    const application = await new ApplicationsRepo(this.db).findView(userId, id);
    if (!application) throw notFound("Application");
    return application;
  }

  private async interview(userId: string, applicationId: string, id: string): Promise<InterviewRow> {
    const interview = await new InterviewsRepo(this.db).find(userId, id);
    if (!interview || interview.application_id !== applicationId) {
      throw badRequest("That interview is not part of this application.", [
        { path: "interviewId", message: "unknown interview for this application" },
      ]);
    }
    return interview;
  }

  private async latestStartedInterview(userId: string, applicationId: string, now: Date): Promise<InterviewRow | null> {
    const interviews = await new InterviewsRepo(this.db).forApplication(userId, applicationId);
    const started = interviews.filter((interview) => new Date(interview.starts_at) <= now);
    return started.at(-1) ?? interviews[0] ?? null;
  }

  private async contact(userId: string, id: string): Promise<RecipientRow> {
    const contact = await new ComposerRepo(this.db).contact(userId, id);
    if (!contact)
      throw badRequest("That contact is not one of yours.", [{ path: "contactId", message: "unknown contact" }]);
    return contact;
  }
}

/** The text is what goes out: refuse it while a placeholder is still waiting to be filled in. */
function checkFinalText(input: {
  kind: MessageKind;
  subject: string;
  body: string;
  includeFeedbackLink: boolean;
  feedbackRequestId?: string | undefined;
}): void {
  const problems: FieldProblem[] = [];
  const linkAllowed = input.kind === "feedback_request" && input.includeFeedbackLink;
  for (const field of ["subject", "body"] as const) {
    const waiting = placeholdersIn(input[field]).filter(
      (name) => placeholderNames.has(name) && !(linkAllowed && field === "body" && name === "feedbackLink"),
    );
    if (waiting.length > 0) {
      problems.push({
        path: field,
        message: `still has ${waiting.map((name) => `{{${name}}}`).join(", ")} to fill in`,
      });
    }
  }
  if (input.includeFeedbackLink && input.kind !== "feedback_request") {
    problems.push({ path: "includeFeedbackLink", message: "only goes with a feedback request" });
  } else if (linkAllowed && !input.body.includes(feedbackLinkPlaceholder)) {
    problems.push({ path: "body", message: "must contain {{feedbackLink}} where the link goes" });
  }
  if (input.feedbackRequestId && input.kind !== "follow_up") {
    problems.push({ path: "feedbackRequestId", message: "only goes with a follow-up" });
  }
  if (problems.length > 0) throw badRequest("The message is not ready to send.", problems);
}

/** The values of every placeholder for one message; null where not known. */
function fieldsFor(facts: {
  application: ApplicationView;
  interview: InterviewRow | null;
  contact: RecipientRow | null;
  myName: string;
  moment: string | null;
  feedbackLink: string | null;
}): Record<string, string | null> {
  const { application, interview, contact } = facts;
  const firstName = contact?.name.trim().split(/\s+/)[0] ?? "";
  return {
    roleTitle: application.role_title,
    companyName: application.company_name,
    contactName: contact?.name ?? null,
    contactFirstName: firstName || "there",
    contactRole: contact?.role_title ?? null,
    interviewRound: interview?.round_name ?? null,
    interviewDate: interview
      ? new Intl.DateTimeFormat("en-GB", {
          weekday: "long",
          day: "numeric",
          month: "long",
          timeZone: interview.time_zone,
        }).format(new Date(interview.starts_at))
      : null,
    myName: facts.myName || null,
    moment: facts.moment?.trim() || null,
    feedbackLink: facts.feedbackLink,
  };
}

const unique = (names: string[]) => [...new Set(names)];
