import { useRef, useState } from "react";
import type { TokenInfo } from "../../../../../contract/tokens.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { useRevokeToken } from "../tokens-queries.ts";

function expiryText(expiresAt: string | null): string {
  if (!expiresAt) return "Never expires";
  return Date.parse(expiresAt) < Date.now() ? `Expired ${formatDate(expiresAt)}` : `Expires ${formatDate(expiresAt)}`;
}

/** The person's tokens (never their secrets, which the server does not keep). */
export function TokenList({ tokens, afterRevoke }: { tokens: TokenInfo[]; afterRevoke: () => void }) {
  const revoke = useRevokeToken();
  const focusListAfterClose = useRef(false);
  const [revoking, setRevoking] = useState<TokenInfo | null>(null);

  const close = () => {
    setRevoking(null);
    revoke.reset();
  };

  return (
    <>
      {/* The dialog stays mounted when the last item goes, so it can close and hand back focus. */}
      {tokens.length === 0 ? <p>You have no tokens. Create one when a script or the CLI needs access.</p> : null}
      <ul className="item-list">
        {tokens.map((token) => (
          <li key={token.id} className="item">
            <div className="item-main">
              <p className="item-title">{token.name}</p>
              <p className="item-meta">
                <code>{token.prefix}…</code> · Created {formatDate(token.createdAt)} ·{" "}
                {token.lastUsedAt ? `Last used ${formatDate(token.lastUsedAt)}` : "Never used"} ·{" "}
                {expiryText(token.expiresAt)}
              </p>
            </div>
            <button type="button" className="button button-secondary" onClick={() => setRevoking(token)}>
              Revoke<span className="visually-hidden"> {token.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        confirmLabel="Revoke token"
        pending={revoke.isPending}
        error={revoke.error?.message}
        onCancel={close}
        onClosed={() => {
          if (focusListAfterClose.current) afterRevoke();
          focusListAfterClose.current = false;
        }}
        onConfirm={() => {
          if (revoking)
            revoke.mutate(revoking.id, {
              onSuccess: () => {
                // The button that opened the dialog is gone; send focus to the list instead.
                focusListAfterClose.current = true;
                close();
              },
            });
        }}
      >
        <p>Anything using this token stops working straight away. This can't be undone.</p>
      </ConfirmDialog>
    </>
  );
}
