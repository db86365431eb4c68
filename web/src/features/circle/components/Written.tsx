import { Markdown } from "../../../ui/Markdown.tsx";

/** A labelled block of what the seeker wrote, in Markdown; left out when they wrote nothing there. */
export function Written({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <div className="shared-written">
      <h3>{label}</h3>
      <Markdown source={text} />
    </div>
  );
}
