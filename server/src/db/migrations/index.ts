import type { Migration } from "kysely";
import * as accounts from "./0001-accounts.ts";
import * as pipelineCore from "./0002-pipeline-core.ts";
import * as pipelineFull from "./0003-pipeline-full.ts";
import * as debriefs from "./0004-debriefs.ts";
import * as outbox from "./0005-outbox.ts";
import * as feedback from "./0006-feedback.ts";
import * as messageTemplates from "./0007-message-templates.ts";
import * as growth from "./0008-growth.ts";
import * as thoughtRecords from "./0009-thought-records.ts";
import * as strengthsReading from "./0010-strengths-reading.ts";
import * as checkinsBalance from "./0011-checkins-balance.ts";
import * as auditLog from "./0012-audit-log.ts";
import * as identityProviders from "./0013-identity-providers.ts";
import * as circle from "./0014-circle.ts";
import * as thoughtRecordDismissals from "./0015-thought-record-dismissals.ts";

/**
 * Every migration, listed explicitly (no directory scanning) so bundling and ordering are
 * predictable. Released migrations are frozen: add a new entry, never edit an old one.
 */
export const migrations: Record<string, Migration> = {
  "0001-accounts": accounts,
  "0002-pipeline-core": pipelineCore,
  "0003-pipeline-full": pipelineFull,
  "0004-debriefs": debriefs,
  "0005-outbox": outbox,
  "0006-feedback": feedback,
  "0007-message-templates": messageTemplates,
  "0008-growth": growth,
  "0009-thought-records": thoughtRecords,
  "0010-strengths-reading": strengthsReading,
  "0011-checkins-balance": checkinsBalance,
  "0012-audit-log": auditLog,
  "0013-identity-providers": identityProviders,
  "0014-circle": circle,
  "0015-thought-record-dismissals": thoughtRecordDismissals,
};
