import type { AuditEventsTable } from "./schema/audit.ts";
import type {
  CircleInvitesTable,
  CircleMembersTable,
  CircleNotificationsTable,
  CirclePostsTable,
  CircleRepliesTable,
  CircleSettingsTable,
  CircleShareMembersTable,
  CircleSharesTable,
} from "./schema/circle.ts";
import type { DebriefsTable } from "./schema/debriefs.ts";
import type {
  FeedbackEntriesTable,
  FeedbackItemsTable,
  FeedbackRequestsTable,
  FeedbackThemesTable,
} from "./schema/feedback.ts";
import type { ActionItemsTable, SoftLandingsTable, WritingSessionsTable } from "./schema/growth.ts";
import type { IdentityProvidersTable, SignInFlowsTable, UserIdentitiesTable } from "./schema/identity.ts";
import type { InstanceSettingsTable } from "./schema/instance-settings.ts";
import type { ThoughtRecordsTable } from "./schema/journal.ts";
import type { MessageTemplatesTable } from "./schema/message-templates.ts";
import type { OutboxMessagesTable, SmtpAccountsTable } from "./schema/outbox.ts";
import type { PersonalAccessTokensTable } from "./schema/personal-access-tokens.ts";
import type {
  ApplicationContactsTable,
  ApplicationNotesTable,
  ApplicationStageChangesTable,
  ApplicationsTable,
  ApplicationTagsTable,
  CalendarFeedsTable,
  CompaniesTable,
  ContactsTable,
  CsvImportsTable,
  InterviewInterviewersTable,
  InterviewsTable,
  TasksTable,
} from "./schema/pipeline.ts";
import type { RegistrationInvitesTable } from "./schema/registration-invites.ts";
import type { RoleFamiliesTable } from "./schema/role-families.ts";
import type { SessionsTable } from "./schema/sessions.ts";
import type { SignInThrottleTable } from "./schema/sign-in-throttle.ts";
import type {
  ReadingItemsTable,
  StrengthEvidenceTable,
  StrengthsTable,
  WinsTable,
} from "./schema/strengths-reading.ts";
import type { UsersTable } from "./schema/users.ts";
import type {
  ActivitiesTable,
  ActivityLogsTable,
  BalanceDismissalsTable,
  CheckInsTable,
  JobSearchTimeTable,
} from "./schema/wellbeing.ts";

/** Every table Kysely knows about. Timestamps are ISO-8601 UTC strings on both dialects. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  personal_access_tokens: PersonalAccessTokensTable;
  instance_settings: InstanceSettingsTable;
  registration_invites: RegistrationInvitesTable;
  sign_in_throttle: SignInThrottleTable;
  role_families: RoleFamiliesTable;
  companies: CompaniesTable;
  applications: ApplicationsTable;
  application_stage_changes: ApplicationStageChangesTable;
  application_tags: ApplicationTagsTable;
  interviews: InterviewsTable;
  contacts: ContactsTable;
  application_contacts: ApplicationContactsTable;
  interview_interviewers: InterviewInterviewersTable;
  tasks: TasksTable;
  application_notes: ApplicationNotesTable;
  calendar_feeds: CalendarFeedsTable;
  csv_imports: CsvImportsTable;
  debriefs: DebriefsTable;
  smtp_accounts: SmtpAccountsTable;
  outbox_messages: OutboxMessagesTable;
  message_templates: MessageTemplatesTable;
  soft_landings: SoftLandingsTable;
  writing_sessions: WritingSessionsTable;
  action_items: ActionItemsTable;
  thought_records: ThoughtRecordsTable;
  feedback_requests: FeedbackRequestsTable;
  feedback_entries: FeedbackEntriesTable;
  feedback_themes: FeedbackThemesTable;
  feedback_items: FeedbackItemsTable;
  strengths: StrengthsTable;
  strength_evidence: StrengthEvidenceTable;
  wins: WinsTable;
  reading_items: ReadingItemsTable;
  check_ins: CheckInsTable;
  activities: ActivitiesTable;
  activity_logs: ActivityLogsTable;
  job_search_time: JobSearchTimeTable;
  balance_dismissals: BalanceDismissalsTable;
  audit_events: AuditEventsTable;
  identity_providers: IdentityProvidersTable;
  user_identities: UserIdentitiesTable;
  sign_in_flows: SignInFlowsTable;
  circle_invites: CircleInvitesTable;
  circle_members: CircleMembersTable;
  circle_posts: CirclePostsTable;
  circle_shares: CircleSharesTable;
  circle_share_members: CircleShareMembersTable;
  circle_replies: CircleRepliesTable;
  circle_notifications: CircleNotificationsTable;
  circle_settings: CircleSettingsTable;
}
