import { useRef, useState } from "react";
import { formatDate } from "../../../lib/format-date.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { useCalendarFeed, useCreateCalendarFeed, useTurnOffCalendarFeed } from "../calendar-feed-queries.ts";
import { OneTimeSecret } from "./OneTimeSecret.tsx";

/** A link only this computer can open: worth saying, since Google and Outlook fetch feeds from their servers. */
function isLocalAddress(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host.endsWith(".local") || host === "[::1]" || /^127\./.test(host);
}

type Confirming = "replace" | "turn-off" | null;

/** Turn the feed on, make a new link (killing the old one), or turn it off. */
export function CalendarFeedSection() {
  const status = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const turnOff = useTurnOffCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const secret = useRef<HTMLDivElement>(null);
  // The button that opened a dialog is gone once it succeeds; say where focus goes instead.
  const focusAfterClose = useRef<"secret" | "heading" | null>(null);
  const afterClose = () => {
    if (focusAfterClose.current === "secret") secret.current?.querySelector("h3")?.focus();
    if (focusAfterClose.current === "heading") heading.current?.focus();
    focusAfterClose.current = null;
  };

  const makeLink = () =>
    create.mutate(undefined, {
      onSuccess: (created) => {
        focusAfterClose.current = "secret";
        setConfirming(null);
        setUrl(created.url);
      },
    });
  const close = () => {
    setConfirming(null);
    create.reset();
    turnOff.reset();
  };

  const feed = status.data?.feed;
  return (
    <>
      <h2 id="calendar-feed-link" ref={heading} tabIndex={-1}>
        Your feed link
      </h2>
      {status.isPending ? <p>Loading…</p> : null}
      {status.isError ? <FormAlert message={status.error.message} /> : null}
      {url ? (
        <div ref={secret}>
          <OneTimeSecret
            title="Your calendar feed link"
            label="Feed link"
            value={url}
            onDone={() => {
              setUrl(null);
              heading.current?.focus();
            }}
          >
            <p>Anyone who has this link can see your interviews and tasks, so share it only with your calendar app.</p>
            {isLocalAddress(url) ? (
              <p>
                This link points at this computer, so only calendar apps running here (such as Apple Calendar) can read
                it. Google Calendar and Outlook on the web need Debrief at a public address (the server's{" "}
                <code>PUBLIC_URL</code>).
              </p>
            ) : null}
          </OneTimeSecret>
        </div>
      ) : null}
      {status.data && !feed && !url ? (
        <>
          <p>The feed is off.</p>
          <FormAlert message={create.error?.message} />
          <button
            type="button"
            className="button button-primary"
            aria-disabled={create.isPending || undefined}
            onClick={() => {
              if (!create.isPending) makeLink();
            }}
          >
            {create.isPending ? "Turning on…" : "Turn on the calendar feed"}
          </button>
        </>
      ) : null}
      {feed && !url ? (
        <>
          <p>
            The feed is on. Its current link was made on {formatDate(feed.createdAt)}. Debrief keeps only a fingerprint
            of the link, so it can't show it again: if you've lost it, make a new one.
          </p>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => setConfirming("replace")}>
              Make a new link
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming("turn-off")}>
              Turn off the feed
            </button>
          </div>
        </>
      ) : null}
      <ConfirmDialog
        open={confirming === "replace"}
        title="Make a new feed link?"
        confirmLabel="Make a new link"
        pending={create.isPending}
        error={create.error?.message}
        onCancel={close}
        onClosed={afterClose}
        onConfirm={makeLink}
      >
        <p>
          The current link stops working at once. Calendars subscribed with it stop updating until you give them the new
          one.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === "turn-off"}
        title="Turn off the calendar feed?"
        confirmLabel="Turn off the feed"
        pending={turnOff.isPending}
        error={turnOff.error?.message}
        onCancel={close}
        onClosed={afterClose}
        onConfirm={() =>
          turnOff.mutate(undefined, {
            onSuccess: () => {
              focusAfterClose.current = "heading";
              setConfirming(null);
            },
          })
        }
      >
        <p>
          The link stops working at once. Calendars subscribed to it stop updating; the events they already show stay
          until you remove the calendar there.
        </p>
      </ConfirmDialog>
    </>
  );
}
