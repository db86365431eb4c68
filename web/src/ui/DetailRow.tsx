import type { ReactNode } from "react";
import "./detail-list.css";

interface DetailRowProps {
  label: string;
  /** The value; when null or undefined, `empty` is shown (muted) instead. */
  children: ReactNode;
  empty?: string;
}

/** One label and value in a <dl className="detail-list">: side by side, stacked on phones. */
export function DetailRow({ label, children, empty }: DetailRowProps) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children ?? (empty ? <span className="detail-empty">{empty}</span> : null)}</dd>
    </div>
  );
}
