/** Excitement 1–5 as five dots plus words, so it never relies on the dots (or colour) alone. */
export function ExcitementMeter({ value }: { value: number | null }) {
  if (value == null) return <span className="excitement">Excitement not set</span>;
  return (
    <span className="excitement">
      <span className="excitement-dots" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((step) => (
          <span key={step} className="excitement-dot" data-on={step <= value || undefined} />
        ))}
      </span>
      Excitement {value} of 5
    </span>
  );
}
