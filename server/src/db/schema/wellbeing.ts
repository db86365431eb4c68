import type { Generated } from "kysely";

/** One daily check-in: the How We Feel grid, pleasantness × energy, each −2 … +2. */
export interface CheckInsTable {
  id: string;
  user_id: string;
  /** The user's own local day, YYYY-MM-DD; one per day. */
  day: string;
  pleasantness: number;
  energy: number;
  note: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** The user's own list of activities outside job-seeker mode. */
export interface ActivitiesTable {
  id: string;
  user_id: string;
  name: string;
  archived_at: string | null;
  created_at: string;
}

export interface ActivityLogsTable {
  id: string;
  user_id: string;
  activity_id: string;
  day: string;
  minutes: number | null;
  /** JSON array of feeling words from the short list. */
  feelings: Generated<string>;
  created_at: string;
}

/** Job-search time entered by hand (on top of what the app's own records count). */
export interface JobSearchTimeTable {
  id: string;
  user_id: string;
  day: string;
  minutes: number;
  note: Generated<string>;
  created_at: string;
}

export interface BalanceDismissalsTable {
  user_id: string;
  week_start: string;
  created_at: string;
}
