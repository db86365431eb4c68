import "./calendar-how-to.css";

/** Where each calendar app hides "subscribe by URL", as of 2025. Steps, not screenshots, so they read anywhere. */
export function CalendarHowTo() {
  return (
    <div className="calendar-how-to">
      <h2 id="calendar-feed-howto">Adding it to your calendar</h2>
      <p>Copy the feed link, then:</p>
      <h3>Google Calendar</h3>
      <ol>
        <li>On a computer, open Google Calendar.</li>
        <li>
          Beside <strong>Other calendars</strong>, choose <strong>+</strong>, then <strong>From URL</strong>.
        </li>
        <li>
          Paste the link and choose <strong>Add calendar</strong>. It then shows on your phone too.
        </li>
      </ol>
      <p className="calendar-how-to-note">
        Google refreshes subscribed calendars on its own schedule, which can take several hours.
      </p>
      <h3>Apple Calendar</h3>
      <ol>
        <li>
          On a Mac: <strong>File</strong> → <strong>New Calendar Subscription…</strong>, paste the link, then choose how
          often to refresh (every 15 minutes works well).
        </li>
        <li>
          On an iPhone or iPad: <strong>Settings</strong> → <strong>Apps</strong> → <strong>Calendar</strong> →{" "}
          <strong>Calendar Accounts</strong> → <strong>Add Account</strong> → <strong>Other</strong> →{" "}
          <strong>Add Subscribed Calendar</strong>, and paste the link.
        </li>
      </ol>
      <h3>Outlook</h3>
      <ol>
        <li>
          In Outlook on the web or the new Outlook: <strong>Calendar</strong> → <strong>Add calendar</strong> →{" "}
          <strong>Subscribe from web</strong>.
        </li>
        <li>
          Paste the link, give it a name such as “Debrief”, and choose <strong>Import</strong>.
        </li>
      </ol>
      <p className="calendar-how-to-note">
        Each interview keeps its own time zone, so an interview at 10:00 in New York shows at the right time wherever
        you are. Tasks appear as all-day entries on their due date.
      </p>
    </div>
  );
}
