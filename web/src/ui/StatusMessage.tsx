/** A polite live region for quiet confirmations such as "Saved." */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div className="status-message" aria-live="polite">
      {message ? <p>{message}</p> : null}
    </div>
  );
}
