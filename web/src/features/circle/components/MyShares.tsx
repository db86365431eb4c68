import { useState } from "react";
import { Link } from "react-router";
import { type CircleShare, shareItemTypeLabels } from "../../../../../contract/circle.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { useMyShares, useUnshare } from "../circle-queries.ts";
import { SharePicker } from "./SharePicker.tsx";

function audienceText(share: CircleShare): string {
  if (share.audience === "circle") return "Everyone in your circle";
  return share.memberIds.length === 1 ? "1 person" : `${share.memberIds.length} people`;
}

function repliesText(share: CircleShare): string {
  if (share.replyCount === 0) return "no replies yet";
  const count = share.replyCount === 1 ? "1 reply" : `${share.replyCount} replies`;
  return share.lastReplyAt ? `${count}, the last on ${formatDate(share.lastReplyAt)}` : count;
}

/** Everything I share, with whom, and a way to stop sharing each; then a picker to share more. */
export function MyShares() {
  const shares = useMyShares();
  const unshare = useUnshare();
  const [stopping, setStopping] = useState<CircleShare | null>(null);
  const close = () => {
    setStopping(null);
    unshare.reset();
  };
  return (
    <section className="card" aria-labelledby="my-shares">
      <h2 id="my-shares">What you share</h2>
      {shares.isError ? <p role="alert">Couldn't load what you share. Try reloading the page.</p> : null}
      {shares.data?.length === 0 ? <p>Nothing yet. Nothing is shared unless you choose it, item by item.</p> : null}
      <ul className="item-list">
        {shares.data?.map((share) => (
          <li key={share.id} className="item">
            <div className="item-main">
              <p className="item-title">
                <Link to={`/circle/shared/${encodeURIComponent(share.id)}`}>{share.title}</Link>
                <span className="badge badge-used">{shareItemTypeLabels[share.itemType]}</span>
              </p>
              <p className="item-meta">
                {audienceText(share)} · since {formatDate(share.createdAt)} · {repliesText(share)}
              </p>
            </div>
            <button type="button" className="button button-secondary" onClick={() => setStopping(share)}>
              Stop sharing<span className="visually-hidden"> {share.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={stopping !== null}
        title={`Stop sharing “${stopping?.title ?? ""}”?`}
        confirmLabel="Stop sharing"
        pending={unshare.isPending}
        error={unshare.error?.message}
        onCancel={close}
        onConfirm={() => stopping && unshare.mutate(stopping.id, { onSuccess: close })}
      >
        <p>Your circle stops seeing it at once, with the replies on it. The item itself stays as it is.</p>
      </ConfirmDialog>
      <SharePicker />
    </section>
  );
}
