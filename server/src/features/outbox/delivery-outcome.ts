/**
 * What one attempt to hand a message to the SMTP server came to, and what the outbox does
 * about it. Pure functions: the rules that keep a message from ever being sent twice.
 */

/** How far an attempt got; decides whether a lost connection could have delivered the message. */
export type DeliveryStage = "connecting" | "signing-in" | "envelope" | "data-sent";

export type DeliveryOutcome =
  /** The server answered 250 to the message: sent. */
  | { result: "accepted"; response: string }
  /** Failed before the server could have taken the message (or it said "try later"): try again. */
  | { result: "retryable"; reason: string }
  /** The server refused the message for good (5xx): trying again would get the same answer. */
  | { result: "rejected"; reason: string }
  /** The whole message went out and no answer came back: it may have been delivered. */
  | { result: "ambiguous"; reason: string };

/** The words the person sees whenever a message may or may not have gone out. */
export const mayHaveBeenSent = "it may have been sent — check your Sent folder, then retry or cancel";

export const interruptedWhileSending = `Sending was interrupted (the app stopped or lost its connection mid-send): ${mayHaveBeenSent}.`;

const minute = 60_000;
/** Waits after the 1st, 2nd, … failed attempt; after the last one the message fails for good. */
export const retryDelaysMs = [1 * minute, 5 * minute, 30 * minute, 120 * minute, 360 * minute] as const;
export const maxAttempts = retryDelaysMs.length + 1;

/** When to try again after `attempts` attempts, or null to give up. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  const delay = retryDelaysMs[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}

/** The fields nodemailer puts on its errors that the rules below read. */
export interface SmtpFailure {
  message?: string;
  code?: string | undefined;
  originalCode?: string | undefined;
  responseCode?: number | undefined;
  response?: string | undefined;
}

/**
 * Sorts a failed attempt by what the server can have done with the message.
 * - Any SMTP reply is a definite answer: 5xx refuses the message for good (sign-in refusals
 *   aside: those are fixed in settings, so they are retried), 4xx means "later".
 * - No reply at all: harmless before the message data went out; after it, the server may
 *   have taken the message and died before saying so — ambiguous, never retried on its own.
 */
export function classifyFailure(error: SmtpFailure, stage: DeliveryStage, server: string): DeliveryOutcome {
  const reply = error.response ? oneLine(error.response) : null;
  if (error.code === "EAUTH" || error.code === "ENOAUTH" || stage === "signing-in") {
    const detail = reply ? ` (${reply})` : error.message ? ` (${oneLine(error.message)})` : "";
    return {
      result: "retryable",
      reason: `${server} refused the sign-in${detail}: check the username and password in Settings → Email.`,
    };
  }
  if (error.responseCode !== undefined && reply) {
    // 503 ("bad sequence of commands") is about the session, not the message.
    if (error.responseCode >= 500 && error.responseCode !== 503) {
      return { result: "rejected", reason: `${server} refused the message: ${reply}` };
    }
    return { result: "retryable", reason: `${server} asked to try again later: ${reply}` };
  }
  if (stage === "data-sent") {
    return {
      result: "ambiguous",
      reason: `The connection to ${server} ended after the message was handed over, before the server confirmed it: ${mayHaveBeenSent}.`,
    };
  }
  return { result: "retryable", reason: describeConnectionFailure(error, server) };
}

function describeConnectionFailure(error: SmtpFailure, server: string): string {
  const cause = error.originalCode ?? error.code;
  switch (cause) {
    case "ECONNREFUSED":
      return `Could not connect to ${server}: the connection was refused. Check the server name and port.`;
    case "EDNS":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Could not find the mail server ${server}. Check the server name.`;
    case "ETLS":
      return `Could not set up a secure connection with ${server} (${oneLine(error.message ?? "")}). Check the security setting and port.`;
    case "ETIMEDOUT":
      return `${server} did not answer in time.`;
    default:
      return `Could not reach ${server}: ${oneLine(error.message ?? String(cause ?? "unknown error"))}.`;
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, 300);
