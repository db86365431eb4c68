import { describe, expect, it } from "vitest";
import { spiralCheck } from "./spiral-check.ts";

const traps = (text: string) => spiralCheck(text).map((s) => s.trap);

describe("spiral check", () => {
  it("suggests nothing for an empty or blank thought", () => {
    expect(spiralCheck("")).toEqual([]);
    expect(spiralCheck("   \n ")).toEqual([]);
  });

  // Phrases it must flag, and with which trap.
  const mustFlag: [string, string, string][] = [
    ["I always freeze in panels", "overgeneralization", "always"],
    ["I never get past the first round", "overgeneralization", "never"],
    ["Everyone else gets offers", "overgeneralization", "Everyone"],
    ["It happens every single time", "overgeneralization", "every single time"],
    ["No one will ever hire me", "fortune_telling", "No one will ever hire"],
    ["Nobody is going to call back", "fortune_telling", "Nobody is going to call"],
    ["I'll never find a job", "fortune_telling", "I'll never find"],
    ["I'm a failure", "labeling", "I'm a failure"],
    ["I bombed it, I'm unhirable", "labeling", "I'm unhirable"],
    ["i am useless", "labeling", "i am useless"],
    ["They must think I'm a fraud", "mind_reading", "They must think"],
    ["The panel probably thought I was unprepared", "mind_reading", "The panel probably thought"],
    ["I should have had a perfect answer", "should_statements", "should have"],
    ["I must get this job", "should_statements", "I must"],
    ["I have to be better at this", "should_statements", "I have to"],
    ["This ruined my chances", "catastrophizing", "ruined"],
    ["It was a total disaster", "catastrophizing", "disaster"],
    ["Worst interview of my life", "catastrophizing", "Worst"],
    ["I feel stupid, so I must be stupid", "emotional_reasoning", "I feel stupid, so"],
    ["It's my fault they picked someone else", "personalization", "my fault"],
    ["They only invited me because they needed numbers", "disqualifying_positive", "only invited me because"],
    ["That offer doesn't count", "disqualifying_positive", "doesn't count"],
    ["I messed up completely", "all_or_nothing", "completely"],
    ["All I can think about is that silence", "mental_filter", "All I can think about"],
  ];
  it.each(mustFlag)("flags %j as %s", (text, trap, matched) => {
    const suggestion = spiralCheck(text).find((s) => s.trap === trap);
    expect(suggestion, traps(text).join(",")).toBeDefined();
    expect(suggestion?.matched).toBe(matched);
    expect(suggestion?.explanation).toContain(`“${matched}”`);
  });

  // Phrases it must not flag at all.
  const mustNotFlag = [
    "Nevertheless, I learned a lot",
    "The interview went okay and I answered most questions",
    "I'm not always this nervous",
    "It's not a disaster",
    "It isn't my fault",
    "Never mind, I'll try again tomorrow",
    "I feel tired today",
    "Shoulder to shoulder with the team",
    "Mustard on my shirt, haha",
    "Alwaysbe is the name of the company",
  ];
  it.each(mustNotFlag)("does not flag %j", (text) => {
    expect(spiralCheck(text)).toEqual([]);
  });

  it("is case-insensitive and quotes the words as written", () => {
    expect(spiralCheck("I ALWAYS mess up")[0]).toMatchObject({ trap: "overgeneralization", matched: "ALWAYS" });
    expect(spiralCheck("THEY MUST THINK so")[0]).toMatchObject({ trap: "mind_reading", matched: "THEY MUST THINK" });
  });

  it("reads curly apostrophes like plain ones", () => {
    expect(traps("I’m unhirable")).toEqual(["labeling"]);
  });

  it("suggests several traps in the order the words appear, one per trap", () => {
    const result = spiralCheck("I always bomb interviews, no one will ever hire me. I always do.");
    expect(result.map((s) => s.trap)).toEqual(["overgeneralization", "fortune_telling"]);
  });

  it("lets the more specific rule explain shared words", () => {
    // "no one" is fortune telling here, not a second overgeneralization.
    expect(traps("No one will ever call me back")).toEqual(["fortune_telling"]);
    // "they must think" is mind reading, not a should statement.
    expect(traps("They must think I'm slow")).toEqual(["mind_reading"]);
  });

  it("still flags 'shouldn't': a rule either way", () => {
    expect(traps("I shouldn't have paused")).toEqual(["should_statements"]);
  });

  it("has the limits the README names: words, not meaning", () => {
    expect(spiralCheck("I blew my only chance")).toEqual([]);
    expect(traps("They said I'd never regret it")).toEqual(["overgeneralization"]);
    expect(traps("I always prepare the night before")).toEqual(["overgeneralization"]);
  });

  it("words every explanation as a suggestion, not a verdict", () => {
    for (const [text] of mustFlag) {
      for (const suggestion of spiralCheck(text)) expect(suggestion.explanation).not.toMatch(/\byou are\b|diagnos/i);
    }
  });
});
