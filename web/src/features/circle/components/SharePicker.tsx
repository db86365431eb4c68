import { useId, useState } from "react";
import { Link } from "react-router";
import { type ShareItemType, shareItemTypeLabels, shareItemTypes } from "../../../../../contract/circle.ts";
import { useMyShares, useShareable } from "../circle-queries.ts";
import { ShareDialog } from "./ShareDialog.tsx";

/**
 * Share any item from here: pick a kind, then one of my items of that kind. Items already
 * shared open the dialog that changes how they are shared.
 */
export function SharePicker() {
  const id = useId();
  const [itemType, setItemType] = useState<ShareItemType>("debrief");
  const [itemKey, setItemKey] = useState("");
  const [open, setOpen] = useState(false);
  const items = useShareable(itemType);
  const shares = useMyShares();
  const key = (itemId: string | null) => itemId ?? "plan";
  const picked = items.data?.find((item) => key(item.itemId) === itemKey) ?? items.data?.[0] ?? null;
  const share = picked?.shareId ? (shares.data?.find((existing) => existing.id === picked.shareId) ?? null) : null;

  return (
    <details className="share-picker">
      <summary>Share something</summary>
      <div className="form">
        <div className="field">
          <label htmlFor={`${id}-type`}>Kind</label>
          <select
            id={`${id}-type`}
            value={itemType}
            onChange={(event) => {
              setItemType(event.currentTarget.value as ShareItemType);
              setItemKey("");
            }}
          >
            {shareItemTypes.map((type) => (
              <option key={type} value={type}>
                {shareItemTypeLabels[type]}
              </option>
            ))}
          </select>
        </div>
        {items.data && items.data.length === 0 ? (
          <p className="field-hint">
            {itemType === "post" ? (
              <>
                No posts yet. <Link to="/circle/posts/new">Write one</Link>
              </>
            ) : (
              `You have no ${shareItemTypeLabels[itemType].toLowerCase()} to share yet.`
            )}
          </p>
        ) : null}
        {items.data && items.data.length > 0 ? (
          <div className="field">
            <label htmlFor={`${id}-item`}>Which one</label>
            <select
              id={`${id}-item`}
              value={picked ? key(picked.itemId) : ""}
              onChange={(event) => setItemKey(event.currentTarget.value)}
            >
              {items.data.map((item) => (
                <option key={key(item.itemId)} value={key(item.itemId)}>
                  {item.title}
                  {item.shareId ? " (shared)" : ""}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {picked ? (
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
              {share ? "Change sharing…" : "Share…"}
            </button>
          </div>
        ) : null}
      </div>
      {picked ? (
        <ShareDialog
          target={{ itemType, itemId: picked.itemId, title: picked.title }}
          share={share}
          open={open}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </details>
  );
}
