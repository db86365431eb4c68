import { useEffect, useState } from "react";
import { type CircleReply, replyEditWindowMinutes } from "../../../../contract/circle.ts";

/**
 * Whether the author may still edit a reply: the server's answer when the page loaded, taken
 * back once the edit window closes, so the Edit button does not outlast it on an open page.
 */
export function useStillEditable(reply: Pick<CircleReply, "canEdit" | "createdAt">): boolean {
  const closesAt = Date.parse(reply.createdAt) + replyEditWindowMinutes * 60_000;
  const [open, setOpen] = useState(() => reply.canEdit && Date.now() < closesAt);
  useEffect(() => {
    const stillOpen = reply.canEdit && Date.now() < closesAt;
    setOpen(stillOpen);
    if (!stillOpen) return;
    const timer = setTimeout(() => setOpen(false), closesAt - Date.now());
    return () => clearTimeout(timer);
  }, [reply.canEdit, closesAt]);
  return open;
}
