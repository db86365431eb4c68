import { randomBytes } from "node:crypto";
import type { Config } from "./config.ts";
import { SecretBox, serverKeyBytes } from "./crypto/secret-box.ts";
import type { Db } from "./db/database.ts";
import { ApplicationNotesService } from "./features/applications/application-notes.service.ts";
import { ApplicationsService } from "./features/applications/applications.service.ts";
import { AuditService } from "./features/audit/audit.service.ts";
import { AddressLimit, defaultFeedbackLinkLimits, defaultSignInStartLimits } from "./features/auth/address-limit.ts";
import { AuthService } from "./features/auth/auth.service.ts";
import { PasswordService } from "./features/auth/password.service.ts";
import { SessionService } from "./features/auth/session.service.ts";
import { startSessionHousekeeping } from "./features/auth/session-housekeeping.ts";
import { SessionsRepo } from "./features/auth/sessions.repo.ts";
import { SignInThrottleRepo } from "./features/auth/sign-in-throttle.repo.ts";
import { defaultThrottleLimits, SignInThrottle, type ThrottleLimits } from "./features/auth/sign-in-throttle.ts";
import { UsersRepo } from "./features/auth/users.repo.ts";
import { CalendarService } from "./features/calendar/calendar.service.ts";
import { CalendarEventsRepo } from "./features/calendar/calendar-events.repo.ts";
import { CalendarFeedRepo } from "./features/calendar/calendar-feed.repo.ts";
import { createCircleServices } from "./features/circle/circle-services.ts";
import { CompaniesRepo } from "./features/companies/companies.repo.ts";
import { CompaniesService } from "./features/companies/companies.service.ts";
import { ContactsRepo } from "./features/contacts/contacts.repo.ts";
import { ContactsService } from "./features/contacts/contacts.service.ts";
import { startDebriefReminders } from "./features/debriefs/debrief-reminders.ts";
import { DebriefsRepo } from "./features/debriefs/debriefs.repo.ts";
import { DebriefsService } from "./features/debriefs/debriefs.service.ts";
import { DirectionRepo } from "./features/direction/direction.repo.ts";
import { DirectionService } from "./features/direction/direction.service.ts";
import { FeedbackEntriesService } from "./features/feedback/feedback-entries.service.ts";
import { FeedbackItemsService } from "./features/feedback/feedback-items.service.ts";
import { FeedbackLinkService } from "./features/feedback/feedback-link.service.ts";
import { FeedbackRequestsService } from "./features/feedback/feedback-requests.service.ts";
import { FeedbackThemesService } from "./features/feedback/feedback-themes.service.ts";
import { ActionItemsService } from "./features/growth/action-items.service.ts";
import { SoftLandingsService } from "./features/growth/soft-landings.service.ts";
import { WritingSessionsService } from "./features/growth/writing-sessions.service.ts";
import { IdentityProvidersService } from "./features/identity/identity-providers.service.ts";
import { OidcSignInService } from "./features/identity/oidc-sign-in.service.ts";
import { ProviderClient } from "./features/identity/provider-client.ts";
import { UserIdentitiesService } from "./features/identity/user-identities.service.ts";
import { ExportRepo } from "./features/imports/export.repo.ts";
import { ExportService } from "./features/imports/export.service.ts";
import { ExportJournalRepo } from "./features/imports/export-journal.repo.ts";
import { ImportsRepo } from "./features/imports/imports.repo.ts";
import { ImportsService } from "./features/imports/imports.service.ts";
import { InsightsRepo } from "./features/insights/insights.repo.ts";
import { InsightsService } from "./features/insights/insights.service.ts";
import { InstanceService } from "./features/instance/instance.service.ts";
import { InvitesRepo } from "./features/instance/invites.repo.ts";
import { InterviewsService } from "./features/interviews/interviews.service.ts";
import { ThoughtRecordsService } from "./features/journal/thought-records.service.ts";
import { ComposerService } from "./features/messages/composer.service.ts";
import { MessageTemplatesService } from "./features/messages/message-templates.service.ts";
import { debriefReminderSink } from "./features/outbox/debrief-reminder-mail.ts";
import { feedbackArrivedNotice } from "./features/outbox/feedback-arrived-mail.ts";
import { OutboxService } from "./features/outbox/outbox.service.ts";
import { OutboxClaimRepo } from "./features/outbox/outbox-claim.repo.ts";
import { OutboxWakeup } from "./features/outbox/outbox-wakeup.ts";
import { OutboxWorker, type OutboxWorkerOptions } from "./features/outbox/outbox-worker.ts";
import { SmtpAccountService } from "./features/outbox/smtp-account.service.ts";
import { ApplicationDetailService } from "./features/pipeline/application-detail.service.ts";
import { BoardService } from "./features/pipeline/board.service.ts";
import { startGhostingSweep } from "./features/pipeline/ghosting.ts";
import { PipelineSettingsService } from "./features/pipeline/pipeline-settings.service.ts";
import { UpcomingService } from "./features/pipeline/upcoming.service.ts";
import { ProfileRepo } from "./features/profile/profile.repo.ts";
import { ProfileService } from "./features/profile/profile.service.ts";
import { ReadingService } from "./features/reading/reading.service.ts";
import { StrengthsService } from "./features/strengths/strengths.service.ts";
import { TasksService } from "./features/tasks/tasks.service.ts";
import { TokensRepo } from "./features/tokens/tokens.repo.ts";
import { TokensService } from "./features/tokens/tokens.service.ts";
import { WellbeingService } from "./features/wellbeing/wellbeing.service.ts";

/**
 * Wires repositories into services once per process. Routes and the CLI use only these.
 * The server and CLI pass the resolved server key (crypto/server-key.ts); without one (tests,
 * benchmarks) secrets are sealed with a key that lives as long as the process.
 */
export function createServices(
  db: Db,
  config: Pick<Config, "publicUrl"> & { secretKey?: Buffer | null },
  options: { throttle?: ThrottleLimits } = {},
) {
  const kysely = db.kysely;
  const secretBox = new SecretBox(config.secretKey ?? randomBytes(serverKeyBytes));
  const outboxWakeup = new OutboxWakeup();
  const outbox = new OutboxService(kysely, config.publicUrl, outboxWakeup);
  const smtpAccounts = new SmtpAccountService(kysely, secretBox, outbox);
  /** The background sender; startHousekeeping runs one, tests make their own. */
  const createOutboxWorker = (log: (error: unknown) => void, workerOptions: Partial<OutboxWorkerOptions> = {}) =>
    new OutboxWorker(
      {
        claims: new OutboxClaimRepo(kysely, db.dialect),
        accountFor: (userId) => smtpAccounts.sendingAccount(userId),
        wakeup: outboxWakeup,
        log,
      },
      workerOptions,
    );
  const users = new UsersRepo(kysely);
  const invites = new InvitesRepo(kysely);
  const sessionsRepo = new SessionsRepo(kysely);
  const throttleRepo = new SignInThrottleRepo(kysely);
  const sessions = new SessionService(sessionsRepo);
  const throttle = new SignInThrottle(throttleRepo, options.throttle ?? defaultThrottleLimits);
  const instance = new InstanceService(kysely, invites, config.publicUrl);
  const companiesRepo = new CompaniesRepo(kysely, db.dialect);
  const contactsRepo = new ContactsRepo(kysely, db.dialect);
  const messageTemplates = new MessageTemplatesService(kysely);
  const audit = new AuditService(kysely);
  const circle = createCircleServices(kysely, { smtpAccounts, outbox, audit, publicUrl: config.publicUrl });
  const auth = new AuthService(kysely, users, invites, instance, sessions, throttle, audit);
  const identityProviders = new IdentityProvidersService(kysely, secretBox, instance, config.publicUrl);
  return {
    db,
    sessions,
    instance,
    audit,
    auth,
    passwords: new PasswordService(users, sessions, throttle, audit),
    identityProviders,
    userIdentities: new UserIdentitiesService(kysely, instance, audit),
    oidcSignIn: new OidcSignInService(kysely, identityProviders, new ProviderClient(), auth, sessions, audit),
    tokens: new TokensService(new TokensRepo(kysely)),
    profile: new ProfileService(kysely, users, new ProfileRepo(kysely)),
    applications: new ApplicationsService(kysely, companiesRepo),
    applicationNotes: new ApplicationNotesService(kysely),
    applicationDetail: new ApplicationDetailService(kysely),
    interviews: new InterviewsService(kysely),
    debriefs: new DebriefsService(kysely),
    tasks: new TasksService(kysely),
    board: new BoardService(kysely),
    upcoming: new UpcomingService(kysely),
    pipelineSettings: new PipelineSettingsService(kysely),
    companies: new CompaniesService(kysely, companiesRepo, contactsRepo),
    contacts: new ContactsService(kysely, contactsRepo, companiesRepo),
    insights: new InsightsService(new InsightsRepo(kysely)),
    direction: new DirectionService(new DirectionRepo(kysely)),
    calendar: new CalendarService(new CalendarFeedRepo(kysely), new CalendarEventsRepo(kysely), config.publicUrl),
    imports: new ImportsService(new ImportsRepo(kysely)),
    exports: new ExportService(new ExportRepo(kysely), new DebriefsRepo(kysely), new ExportJournalRepo(kysely)),
    softLandings: new SoftLandingsService(kysely),
    writingSessions: new WritingSessionsService(kysely),
    wellbeing: new WellbeingService(kysely),
    actionItems: new ActionItemsService(kysely),
    thoughtRecords: new ThoughtRecordsService(kysely),
    strengths: new StrengthsService(kysely),
    circle,
    reading: new ReadingService(kysely),
    feedbackRequests: new FeedbackRequestsService(kysely, config.publicUrl),
    feedbackEntries: new FeedbackEntriesService(kysely),
    feedbackItems: new FeedbackItemsService(kysely),
    feedbackThemes: new FeedbackThemesService(kysely),
    feedbackLink: new FeedbackLinkService(
      kysely,
      // The interviewer's page has answered by then; a failed notice only goes to the server log.
      feedbackArrivedNotice(smtpAccounts, outbox, config.publicUrl, (error) =>
        console.error(`[feedback notice] ${error instanceof Error ? error.message : String(error)}`),
      ),
    ),
    feedbackLinkLimit: new AddressLimit(throttleRepo, "feedback-link", defaultFeedbackLinkLimits),
    signInStartLimit: new AddressLimit(throttleRepo, "sign-in-start", defaultSignInStartLimits),
    outbox,
    smtpAccounts,
    messageTemplates,
    composer: new ComposerService(
      kysely,
      messageTemplates,
      outbox,
      new FeedbackRequestsService(kysely, config.publicUrl),
    ),
    createOutboxWorker,
    /**
     * Starts the background work: the hourly sweep of expired sessions and stale sign-in
     * counters, the ghosting sweep, the email outbox worker and the debrief reminders that
     * feed it. Returns a stopper that lets sends in flight finish.
     */
    startHousekeeping: (log: (error: unknown) => void) => {
      const stopSessions = startSessionHousekeeping(sessionsRepo, throttleRepo, log);
      const stopGhosting = startGhostingSweep(kysely, log);
      const outboxWorker = createOutboxWorker(log);
      outboxWorker.start();
      const stopReminders = startDebriefReminders(
        kysely,
        debriefReminderSink(smtpAccounts, outbox, config.publicUrl),
        log,
      );
      const stopCircleDigests = circle.startDigests(log);
      return async () => {
        stopCircleDigests();
        stopSessions();
        stopGhosting();
        stopReminders();
        await outboxWorker.stop();
      };
    },
  };
}

export type Services = ReturnType<typeof createServices>;
