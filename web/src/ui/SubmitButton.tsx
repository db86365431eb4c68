import type { ReactNode } from "react";

interface SubmitButtonProps {
  children: ReactNode;
  pending: boolean;
  pendingLabel?: string;
  variant?: "primary" | "secondary";
}

/**
 * A submit button that ignores repeat presses while the request runs. It stays focusable
 * (aria-disabled, not disabled) so keyboard focus is not thrown back to the top of the page.
 */
export function SubmitButton({ children, pending, pendingLabel, variant = "primary" }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      className={`button button-${variant}`}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
