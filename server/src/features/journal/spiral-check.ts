import type { SpiralSuggestion, ThinkingTrapKey } from "../../../../contract/journal.ts";

/**
 * The spiral check: a small, explainable rule set that notices wording often found in thinking
 * traps ("always", "no one will ever", "I'm unhirable", "they must think"…) and suggests the trap,
 * quoting the words and saying why. It is a prompt to look again, never a diagnosis: the user
 * confirms or dismisses each suggestion. It reads words, not meaning — see the README.
 */

interface Rule {
  trap: ThinkingTrapKey;
  /** Case-insensitive; word boundaries are part of each pattern. */
  pattern: RegExp;
  /** Why this wording may point at the trap, in gentle, plain words. */
  explanation: (matched: string) => string;
  /** Skip a match right after a negation ("not always", "isn't a disaster"). */
  negatable?: boolean;
}

const q = (matched: string) => `“${matched}”`;

/** Earlier rules win when two match the same words (e.g. "no one will ever" over "ever"). */
const rules: Rule[] = [
  {
    trap: "fortune_telling",
    pattern:
      /\b(?:no\s?one|nobody|no company|no employer)\s+(?:will|would|is going to|is ever going to)\s+(?:ever\s+)?\w+|\b(?:(?:i'll|i will)\s+never|(?:i'm|i am)\s+(?:never\s+going\s+to|going\s+to\s+never))\s+(?:get|find|land|be|work|make)\b|\bwill\s+never\b|\bwon't\s+ever\b|\bnever\s+going\s+to\b/i,
    explanation: (m) =>
      `${q(m)} predicts the future as if it were already decided. Could it turn out differently than you fear?`,
  },
  {
    trap: "labeling",
    pattern:
      /\b(?:i'm|i am|i'm just|i am just|i'm such|i am such)\s+(?:a\s+|an\s+|such\s+a\s+|such\s+an\s+|so\s+|totally\s+|completely\s+)?(?:failure|loser|fraud|impostor|imposter|idiot|joke|mess|disappointment|useless|unhirable|unemployable|worthless|hopeless|stupid|incompetent|pathetic|not good enough)\b/i,
    explanation: (m) =>
      `${q(m)} turns one moment into a label for your whole self. What would you call a friend who had the same day?`,
  },
  {
    trap: "mind_reading",
    pattern:
      /\b(?:they|he|she|the (?:panel|interviewer|interviewers|recruiter|hiring manager|team)|everyone|everybody)\s+(?:must|probably|definitely|surely|clearly|obviously)\s+(?:think|thinks|thought|believe|believes|see|sees|saw|know|knows|hate|hated)\b|\b(?:they|he|she)\s+(?:think|thinks|thought)\s+(?:i'm|i am|i was)\b/i,
    explanation: (m) => `${q(m)} guesses what someone else thinks. Do you know that, or is it a worry speaking?`,
  },
  {
    trap: "personalization",
    pattern:
      /\b(?:(?:all\s+)?my\s+(?:own\s+)?fault|because\s+of\s+me|i'm\s+to\s+blame|i\s+am\s+to\s+blame|i\s+blame\s+myself|i\s+ruined\s+it)\b/i,
    explanation: (m) =>
      `${q(m)} puts all of the outcome on you. Hiring decisions depend on many things outside your control.`,
    negatable: true,
  },
  {
    trap: "emotional_reasoning",
    pattern: /\bi\s+feel\b[^.!?;]{1,80}?\b(?:so|therefore|which means|that means|it means)\b/i,
    explanation: (m) =>
      `${q(m)} treats a feeling as proof. Feelings are real and worth listening to, but they are not facts.`,
  },
  {
    trap: "disqualifying_positive",
    pattern:
      /\bonly\b[^.!?;]{1,60}?\bbecause\b|\b(?:doesn't|does not|didn't|did not)\s+count\b|\bjust\s+(?:luck|lucky|being\s+nice|being\s+polite)\b|\bwas\s+a\s+fluke\b/i,
    explanation: (m) => `${q(m)} may be explaining a good thing away. What if it counts, just as it happened?`,
  },
  {
    trap: "should_statements",
    pattern:
      /\b(?:should(?:n't|\s+not|\s+have|'ve)?|ought\s+to|i\s+must|i\s+have\s+to|i've\s+got\s+to|i\s+had\s+to\s+have)\b/i,
    explanation: (m) =>
      `${q(m)} sets a rigid rule. Would "I'd like to" or "next time I could" be kinder and just as true?`,
  },
  {
    trap: "catastrophizing",
    pattern:
      /\b(?:ruined|ruins|disaster|disastrous|catastrophe|catastrophic|worst|nightmare|the end of|is over|it's over|all over for me|hopeless)\b/i,
    explanation: (m) => `${q(m)} may be making a setback bigger than it is. How will this look in a month, or a year?`,
    negatable: true,
  },
  {
    trap: "overgeneralization",
    pattern:
      /\b(?:always|never|every\s+(?:single\s+)?time|everyone|everybody|nobody|no\s?one|nothing\s+ever|everything)\b/i,
    explanation: (m) => `${q(m)} can turn one event into a rule about all of them. Was it really every time?`,
    negatable: true,
  },
  {
    trap: "all_or_nothing",
    pattern:
      /\b(?:perfect|perfectly|completely|totally|total\s+failure|a\s+complete|nothing\s+went\s+right|all\s+wrong)\b/i,
    explanation: (m) =>
      `${q(m)} sees things in black and white. Is there a middle ground, something that went partly well?`,
    negatable: true,
  },
  {
    trap: "mental_filter",
    pattern:
      /\b(?:all\s+i\s+can\s+think\s+about|can't\s+stop\s+thinking\s+about|the\s+only\s+thing\s+i\s+(?:remember|noticed))\b/i,
    explanation: (m) =>
      `${q(m)} may be letting one detail colour everything. What else happened that is out of view right now?`,
  },
];

/** "not always", "isn't a disaster", "never mind" (the last handled in the rule itself). */
const negation =
  /\b(?:not|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|hardly|rarely|almost)\s+(?:a\s+|an\s+|the\s+|my\s+)?$/i;

/** Curly apostrophes and non-breaking spaces read like their plain forms. */
export function normalizeThought(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\u00a0/g, " ");
}

/**
 * The suggestions for one thought: at most one per trap, in the order the words appear, each
 * quoting the words as written. An empty or blank text gives none.
 */
export function spiralCheck(text: string): SpiralSuggestion[] {
  const normalized = normalizeThought(text);
  if (!normalized.trim()) return [];
  const found: (SpiralSuggestion & { index: number })[] = [];
  const claimed: [number, number][] = [];
  for (const rule of rules) {
    const global = new RegExp(rule.pattern.source, "gi");
    for (const match of normalized.matchAll(global)) {
      const start = match.index;
      const end = start + match[0].length;
      if (rule.negatable && negation.test(normalized.slice(Math.max(0, start - 20), start))) continue;
      if (rule.trap === "overgeneralization" && /^never\s+mind/i.test(normalized.slice(start))) continue;
      // Words already explained by an earlier, more specific rule are not suggested twice.
      if (claimed.some(([from, to]) => start < to && end > from)) continue;
      claimed.push([start, end]);
      found.push({
        trap: rule.trap,
        matched: text.slice(start, end),
        explanation: rule.explanation(text.slice(start, end)),
        index: start,
      });
      break;
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _index, ...suggestion }) => suggestion);
}
