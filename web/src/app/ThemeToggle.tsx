import { useId } from "react";
import { setThemeChoice, type ThemeChoice, themeChoices, useThemeChoice } from "./theme.ts";

const labels: Record<ThemeChoice, string> = { system: "Match system", light: "Light", dark: "Dark" };

/** A labelled select: compact in the header, and native on every phone. */
export function ThemeToggle() {
  const id = useId();
  const choice = useThemeChoice();
  return (
    <div className="theme-toggle">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={choice} onChange={(event) => setThemeChoice(event.target.value as ThemeChoice)}>
        {themeChoices.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
