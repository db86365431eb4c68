/** A load failure said as an alert, with a button to try again. */
export function RetryAlert({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="form-alert" role="alert">
      <p>
        {message}{" "}
        <button type="button" className="button button-quiet" onClick={onRetry}>
          Try again
        </button>
      </p>
    </div>
  );
}
