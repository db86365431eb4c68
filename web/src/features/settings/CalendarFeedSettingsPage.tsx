import { PageTitle } from "../../ui/PageTitle.tsx";
import { CalendarFeedSection } from "./components/CalendarFeedSection.tsx";
import { CalendarHowTo } from "./components/CalendarHowTo.tsx";

/** /settings/calendar: a private feed of interviews and tasks for the person's own calendar app. */
export function CalendarFeedSettingsPage() {
  return (
    <>
      <PageTitle documentTitle="Calendar feed · Settings">Calendar feed</PageTitle>
      <p className="lead">
        See your interviews and tasks in Google Calendar, Apple Calendar or Outlook. The feed carries interview times,
        places, meeting links, notes and learning goals, and open tasks that have a due date. It follows your changes in
        Debrief; your calendar app checks back on its own schedule.
      </p>
      <section className="card" aria-labelledby="calendar-feed-link">
        <CalendarFeedSection />
      </section>
      <section className="card" aria-labelledby="calendar-feed-howto">
        <CalendarHowTo />
      </section>
    </>
  );
}
