import type { AutosaveStatus } from "../use-prep-autosave.ts";

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });

interface SaveStatusProps {
  status: AutosaveStatus;
  savedAt: Date | null;
  problem: string | null;
}

/** The autosave state in words: waiting, saving, saved (with the time), or why it isn't saved yet. */
export function SaveStatus({ status, savedAt, problem }: SaveStatusProps) {
  const text =
    status === "pending" || status === "saving"
      ? "Saving…"
      : status === "saved"
        ? `Saved${savedAt ? ` at ${timeFormat.format(savedAt)}` : ""}`
        : status === "error"
          ? problem
            ? `Not saved: ${problem} Your text is kept in this browser.`
            : "Not saved yet: the server can't be reached. Your text is kept in this browser and will be saved when the connection is back."
          : "Saves as you type.";
  return (
    <p className="save-status" data-status={status} role="status">
      {text}
    </p>
  );
}
