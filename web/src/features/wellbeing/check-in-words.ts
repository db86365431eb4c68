/**
 * The How We Feel grid's words: energy rows (high to low) × pleasantness columns (unpleasant to
 * pleasant), each −2 … +2, and the plain description a screen reader hears for each square.
 */
export const energies = [2, 1, 0, -1, -2] as const;
export const pleasantnesses = [-2, -1, 0, 1, 2] as const;

const words: Record<number, string[]> = {
  2: ["On edge", "Tense", "Alert", "Excited", "Elated"],
  1: ["Worried", "Restless", "Awake", "Upbeat", "Joyful"],
  0: ["Down", "Uneasy", "Okay", "Content", "Happy"],
  [-1]: ["Sad", "Tired", "Quiet", "Relaxed", "Grateful"],
  [-2]: ["Drained", "Low", "Sleepy", "Calm", "Serene"],
};
const pleasantnessNames: Record<number, string> = {
  [-2]: "very unpleasant",
  [-1]: "unpleasant",
  0: "neutral",
  1: "pleasant",
  2: "very pleasant",
};
const energyNames: Record<number, string> = {
  2: "very high energy",
  1: "high energy",
  0: "medium energy",
  [-1]: "low energy",
  [-2]: "very low energy",
};

/** The one word of a square, e.g. "Excited". */
export const feelingWord = (pleasantness: number, energy: number) => words[energy]?.[pleasantness + 2] ?? "";

/** The word and both axes, e.g. "Excited — pleasant, very high energy". */
export const describeCheckIn = (pleasantness: number, energy: number) =>
  `${feelingWord(pleasantness, energy)} — ${pleasantnessNames[pleasantness]}, ${energyNames[energy]}`;
