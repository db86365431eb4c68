import type { Generated } from "kysely";

/** A strength of mine, in my own words; ordered by position. */
export interface StrengthsTable {
  id: string;
  user_id: string;
  name: string;
  description: Generated<string>;
  position: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** What shows a strength: a story, a quote from feedback, a finished project… */
export interface StrengthEvidenceTable {
  id: string;
  user_id: string;
  strength_id: string;
  kind: Generated<string>;
  text: string;
  link: string | null;
  created_at: string;
}

/** A win, small or large, job-related or not. */
export interface WinsTable {
  id: string;
  user_id: string;
  title: string;
  notes: Generated<string>;
  size: Generated<string>;
  /** 1 or 0. */
  job_related: Generated<number>;
  happened_on: string;
  strength_id: string | null;
  created_at: string;
  updated_at: string;
}

/** An article or resource on my reading list. */
export interface ReadingItemsTable {
  id: string;
  user_id: string;
  title: string;
  url: string;
  source: Generated<string>;
  /** JSON array of strings. */
  tags: Generated<string>;
  /** JSON array of contexts (self-care, rejection, interviewing, networking). */
  contexts: Generated<string>;
  why_it_helped: Generated<string>;
  /** 1 or 0. */
  read: Generated<number>;
  created_at: string;
  updated_at: string;
}
