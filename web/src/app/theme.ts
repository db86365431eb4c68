import { useSyncExternalStore } from "react";

export type ThemeChoice = "system" | "light" | "dark";
export const themeChoices: readonly ThemeChoice[] = ["system", "light", "dark"];

const storageKey = "debrief.theme";
const darkQuery = "(prefers-color-scheme: dark)";
const listeners = new Set<() => void>();
let choice: ThemeChoice = readStoredChoice();

function readStoredChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    // Storage can be blocked (private modes, strict settings); the system theme still works.
    return "system";
  }
}

/**
 * Sets data-theme on <html> to the theme actually shown. The CSS also follows
 * prefers-color-scheme on its own, so the page is right before this bundle runs.
 */
function applyTheme(): void {
  const resolved = choice === "system" ? (window.matchMedia(darkQuery).matches ? "dark" : "light") : choice;
  document.documentElement.dataset.theme = resolved;
}

/** Applies the remembered theme and keeps following the system while "system" is chosen. */
export function startTheme(): void {
  applyTheme();
  window.matchMedia(darkQuery).addEventListener("change", () => {
    if (choice === "system") applyTheme();
  });
}

/** Remembers and applies a theme choice. */
export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === "system") localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, next);
  } catch {
    // Not remembered across visits, but still applied now.
  }
  applyTheme();
  for (const listener of listeners) listener();
}

/** The current theme choice, re-rendering when it changes. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => choice,
  );
}
