import "../styles/pipeline-common.css";
/**
 * Excitement 1–5 as stars and a number, so it never depends on colour; read out as one phrase
 * ("Excitement 4 out of 5") rather than five separate star characters.
 */
export function ExcitementRating({ value }: { value: number | null }) {
  if (value == null) {
    return (
      <span className="excitement excitement-unset" role="img" aria-label="Excitement not rated">
        –
      </span>
    );
  }
  return (
    <span className="excitement" role="img" aria-label={`Excitement ${value} out of 5`}>
      <span className="excitement-stars">
        {"★".repeat(value)}
        <span className="excitement-empty">{"☆".repeat(5 - value)}</span>
      </span>
      <span className="excitement-number">{value}/5</span>
    </span>
  );
}
