import { useState } from "react";
import { Link } from "react-router";
import type { CircleShare } from "../../../../contract/circle.ts";
import { useMyShares } from "./circle-queries.ts";
import { ShareDialog, type ShareTarget } from "./components/ShareDialog.tsx";
import "./circle.css";

function sharedWith(share: CircleShare): string {
  if (share.audience === "circle") return "Shared with your circle";
  return share.memberIds.length === 1 ? "Shared with 1 person" : `Shared with ${share.memberIds.length} people`;
}

/**
 * "Share with my circle", for any shareable item's page. Once shared it says with whom and
 * offers to change it or to see the item as the circle does. Nothing is shared until the
 * person presses Share in the dialog.
 */
export function ShareButton(target: ShareTarget) {
  const shares = useMyShares();
  const [open, setOpen] = useState(false);
  const share = shares.data?.find((item) => item.itemType === target.itemType && item.itemId === target.itemId) ?? null;

  return (
    <div className="share-button">
      {share ? (
        <p className="share-status">
          <span>{sharedWith(share)}.</span>{" "}
          <Link to={`/circle/shared/${encodeURIComponent(share.id)}`}>
            See it as they do<span className="visually-hidden">: {target.title}</span>
          </Link>
          {share.replyCount > 0 ? (
            <span className="field-hint"> · {share.replyCount === 1 ? "1 reply" : `${share.replyCount} replies`}</span>
          ) : null}
        </p>
      ) : null}
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {share ? "Change sharing" : "Share with my circle"}
      </button>
      <ShareDialog target={target} share={share} open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
