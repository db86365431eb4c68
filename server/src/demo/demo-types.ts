import type { ApplicationStage, InterviewFormat, InterviewKind, TaskKind, WorkMode } from "../db/schema/pipeline.ts";

/**
 * The shapes the hand-written demo search is written in. Days are relative to today: -1 is
 * yesterday, 3 is in three days. People are named, and found again by name, within a company.
 */

export type DemoRoleFamily = "User research" | "UX design" | "Product management" | "Service design";
export type DemoSource = "referral" | "job board" | "recruiter" | "company site";

/** Interview prep, Markdown, in the five parts the interview page shows. */
export interface DemoPrep {
  caseForMe: string;
  talkingPoints: string;
  questions: string;
  research: string;
  learningGoal: string;
}

export interface DemoInterview {
  round: string;
  kind: InterviewKind;
  format: InterviewFormat;
  day: number;
  /** Wall-clock time in the application's zone, "HH:MM". */
  at: string;
  minutes: number;
  location?: string;
  /** Names of the company's contacts who interviewed her. */
  with?: string[];
  prep?: DemoPrep;
  /** What happened, written afterwards. */
  notes?: string;
}

export interface DemoTask {
  kind: TaskKind;
  title: string;
  /** The day she wrote it down. */
  created: number;
  due?: number;
  done?: number;
  /** The round it belongs to (a thank-you after it, prep before it). */
  interview?: string;
  notes?: string;
}

/** A dated note on the application's page. */
export interface DemoNote {
  day: number;
  text: string;
}

/** Someone at a company: a recruiter, a hiring manager, a friend who referred her. */
export interface DemoContact {
  company: string;
  name: string;
  role: string;
  email?: string;
  notes?: string;
}

export interface DemoApplication {
  company: string;
  role: string;
  family: DemoRoleFamily;
  source: DemoSource;
  excitement: 1 | 2 | 3 | 4 | 5;
  salary: [min: number, max: number, currency: "EUR" | "GBP"];
  location: string;
  mode: WorkMode;
  /** Where the interviews are held (the interviewers' time zone). */
  zone?: string;
  tags: string[];
  notes?: string;
  /** The day each stage was entered; the order of the days is the order of the stages. */
  path: Partial<Record<ApplicationStage, number>>;
  interviews?: DemoInterview[];
  /** Names of the company's contacts linked to this application. */
  contacts?: string[];
  tasks?: DemoTask[];
  journal?: DemoNote[];
}
