import { type FeelingWord, feelingWords } from "../../../../contract/debriefs.ts";

const knownWords = new Set<string>(feelingWords);

/** Feeling words are stored as a JSON array of strings; a malformed value reads as none. */
export function parseWordList(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((word): word is string => typeof word === "string") : [];
  } catch {
    return [];
  }
}

/** The stored list, keeping only words from the list (a word retired from it is dropped from view). */
export function parseFeelingWords(stored: string | null): FeelingWord[] {
  return parseWordList(stored).filter((word): word is FeelingWord => knownWords.has(word));
}

/** Stores a word list, without duplicates, in the order given. */
export function storeWordList(words: readonly string[] | undefined): string {
  return JSON.stringify([...new Set(words ?? [])]);
}
