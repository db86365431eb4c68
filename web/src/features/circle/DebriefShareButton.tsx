import { useDebrief } from "../debriefs/debrief-queries.ts";
import { ShareButton } from "./ShareButton.tsx";

/**
 * The share button for an interview's debrief. Shares are keyed by the debrief's own id, which
 * the interview page doesn't carry, so it comes from the debrief itself (usually cached).
 */
export function DebriefShareButton({ interviewId, title }: { interviewId: string; title: string }) {
  const debrief = useDebrief(interviewId, true);
  if (!debrief.data) return null;
  return <ShareButton itemType="debrief" itemId={debrief.data.id} title={title} />;
}
