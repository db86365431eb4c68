import { useId } from "react";
import { describeCheckIn, energies, feelingWord, pleasantnesses } from "../check-in-words.ts";
import "../wellbeing.css";

export interface MoodChoice {
  pleasantness: number;
  energy: number;
}

/**
 * The How We Feel grid: 25 labelled radios, pleasantness across and energy up, one tap to pick.
 * Used by the check-in page and Today; `compact` keeps the squares at the minimum tap size.
 */
export function MoodGrid(props: {
  legend: React.ReactNode;
  choice: MoodChoice | null;
  onChoose: (choice: MoodChoice) => void;
  compact?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className="mood-grid-fieldset">
      <legend>{props.legend}</legend>
      <div className="mood-grid-axes" aria-hidden="true">
        <span>↑ More energy</span>
        <span>More pleasant →</span>
      </div>
      <div className={`mood-grid${props.compact ? " mood-grid-compact" : ""}`}>
        {energies.map((energy) =>
          pleasantnesses.map((pleasantness) => {
            const checked = props.choice?.pleasantness === pleasantness && props.choice?.energy === energy;
            const tone = pleasantness > 0 ? "pleasant" : pleasantness < 0 ? "unpleasant" : "neutral";
            return (
              <label
                key={`${energy}:${pleasantness}`}
                className={`mood-cell mood-${tone}${checked ? " is-checked" : ""}`}
              >
                <input
                  type="radio"
                  name={`${id}-mood`}
                  className="visually-hidden"
                  aria-label={describeCheckIn(pleasantness, energy)}
                  checked={checked}
                  onChange={() => props.onChoose({ pleasantness, energy })}
                />
                <span aria-hidden="true">{feelingWord(pleasantness, energy)}</span>
              </label>
            );
          }),
        )}
      </div>
    </fieldset>
  );
}
