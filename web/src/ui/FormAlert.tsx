/**
 * The form-level error line. The live region is always in the page so that screen readers
 * announce the message when it appears, not only when the region itself is added.
 */
export function FormAlert({ message }: { message: string | null | undefined }) {
  return (
    <div className="form-alert" role="alert">
      {message ? <p>{message}</p> : null}
    </div>
  );
}
