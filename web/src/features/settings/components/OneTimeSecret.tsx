import { type ReactNode, useEffect, useRef } from "react";
import { CopyField } from "../../../ui/CopyField.tsx";

interface OneTimeSecretProps {
  title: string;
  label: string;
  value: string;
  children?: ReactNode;
  onDone: () => void;
}

/**
 * A secret (token or invite link) that exists only in this answer from the server. It takes
 * focus when it appears, so nobody misses it, and stays until the person says they are done.
 */
export function OneTimeSecret({ title, label, value, children, onDone }: OneTimeSecretProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="one-time-secret">
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p className="one-time-warning">
        <strong>Copy it now. You won't see this again:</strong> Debrief keeps only a fingerprint of it.
      </p>
      <CopyField label={label} value={value} />
      {children}
      <button type="button" className="button button-secondary" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
