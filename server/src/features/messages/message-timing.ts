import type { MessageKind, MessageTiming } from "../../../../contract/messages.ts";

/**
 * When to send a message, from the facts in PRODUCT.md: a thank-you within 24 hours of the
 * interview; a follow-up at the earliest 5 business days after applying or the last contact,
 * or 1–2 business days after a date they promised, and at most two, a week apart; a feedback
 * request (or a reply to a decision) within days of the news. Business days are Monday to
 * Friday (public holidays are not known here).
 */
export interface TimingFacts {
  kind: MessageKind;
  now: Date;
  /** The interview the message is about (thank-yous). */
  interview: { startsAt: string; durationMinutes: number; timeZone: string } | null;
  /** YYYY-MM-DD */
  appliedOn: string | null;
  /** The latest message to this application (any kind, not cancelled), as a UTC instant. */
  lastContactAt: string | null;
  /** Follow-ups already queued or sent for this application (not cancelled), UTC instants. */
  followUpsAt: string[];
  /** YYYY-MM-DD: the date they said they'd be in touch by. */
  promisedOn: string | null;
  /** When the application moved to rejected, if it did. */
  decidedAt: string | null;
}

const dayMs = 86_400_000;
export const maxFollowUps = 2;

/** The date `count` business days after `date` (YYYY-MM-DD), skipping Saturdays and Sundays. */
export function addBusinessDays(date: string, count: number): string {
  let at = new Date(`${date}T00:00:00Z`).getTime();
  let left = count;
  while (left > 0) {
    at += dayMs;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(at).toISOString().slice(0, 10);
}

const addDays = (date: string, days: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + days * dayMs).toISOString().slice(0, 10);
const dateOf = (instant: string) => instant.slice(0, 10);
const later = (a: string, b: string) => (a > b ? a : b);
const formatDay = (date: string) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${date}T12:00:00Z`),
  );

/** The advice for one message. */
export function timingAdvice(facts: TimingFacts): MessageTiming {
  switch (facts.kind) {
    case "thank_you":
      return thankYouTiming(facts);
    case "follow_up":
      return followUpTiming(facts);
    case "feedback_request":
    case "acceptance":
      return afterDecisionTiming(facts);
  }
}

function thankYouTiming({ now, interview }: TimingFacts): MessageTiming {
  const base = { earliestOn: null, dueBy: null, warnings: [] };
  if (!interview) return { ...base, state: "ok", summary: "Send it within 24 hours of the interview." };
  const start = new Date(interview.startsAt);
  const end = new Date(start.getTime() + interview.durationMinutes * 60_000);
  const dueBy = new Date(end.getTime() + dayMs).toISOString();
  if (now < start) {
    return {
      ...base,
      state: "early",
      earliestOn: dateOf(interview.startsAt),
      dueBy,
      summary: "The interview hasn't happened yet: send it within 24 hours after it.",
    };
  }
  if (now.toISOString() > dueBy) {
    return {
      ...base,
      state: "late",
      dueBy,
      summary: "It's more than 24 hours since the interview. A short thank-you is still kind.",
    };
  }
  const by = new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: interview.timeZone,
  }).format(new Date(dueBy));
  return { ...base, state: "ok", dueBy, summary: `Within 24 hours of the interview: by ${by}.` };
}

function followUpTiming(facts: TimingFacts): MessageTiming {
  const today = dateOf(facts.now.toISOString());
  const followUps = [...facts.followUpsAt].sort();
  const warnings: string[] = [];
  if (followUps.length >= maxFollowUps) {
    return {
      state: "limit",
      summary: `You've followed up ${followUps.length} times already. Silence is common; a third follow-up rarely helps.`,
      earliestOn: null,
      dueBy: null,
      warnings: ["At most two follow-ups, a week apart."],
    };
  }
  let earliest: string | null = null;
  let reason = "";
  if (facts.promisedOn) {
    earliest = addBusinessDays(facts.promisedOn, 1);
    reason = "1–2 business days after the date they promised";
  } else {
    const lastContact = [facts.appliedOn, facts.lastContactAt ? dateOf(facts.lastContactAt) : null]
      .filter((date): date is string => date !== null)
      .reduce<string | null>((latest, date) => (latest === null ? date : later(latest, date)), null);
    if (lastContact) {
      earliest = addBusinessDays(lastContact, 5);
      reason = "5 business days after applying or your last contact";
    }
  }
  const lastFollowUp = followUps.at(-1);
  if (lastFollowUp) {
    const weekLater = addDays(dateOf(lastFollowUp), 7);
    if (!earliest || weekLater > earliest) {
      earliest = weekLater;
      reason = "a week after your first follow-up";
    }
    warnings.push("This is your second follow-up: make it the last one.");
  }
  if (!earliest) {
    return {
      state: "ok",
      summary: "Wait at least 5 business days after applying or your last contact.",
      earliestOn: null,
      dueBy: null,
      warnings,
    };
  }
  if (today < earliest) {
    return {
      state: "early",
      summary: `Better wait until ${formatDay(earliest)}: ${reason}.`,
      earliestOn: earliest,
      dueBy: null,
      warnings,
    };
  }
  return { state: "ok", summary: `A good time to follow up (${reason}).`, earliestOn: earliest, dueBy: null, warnings };
}

function afterDecisionTiming({ now, decidedAt }: TimingFacts): MessageTiming {
  const base = { earliestOn: null, dueBy: null, warnings: [] };
  if (!decidedAt) return { ...base, state: "ok", summary: "Best sent within a few days of hearing the news." };
  const days = Math.floor((now.getTime() - new Date(decidedAt).getTime()) / dayMs);
  if (days > 14) {
    return {
      ...base,
      state: "late",
      summary: `The decision came ${days} days ago. It's still fine to write; an answer is a little less likely.`,
    };
  }
  return { ...base, state: "ok", summary: "A good time: within days of the decision." };
}
