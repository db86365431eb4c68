import { Link } from "react-router";
import { localDay, mondayOf, useBalanceWeek } from "../wellbeing-queries.ts";
import { BalanceBar, BalanceNote, hours, jobSearchPercent } from "./BalanceBar.tsx";

/**
 * The week's balance on Today in one line and a small bar: time in job-seeker mode against
 * everything else, and what made the person feel capable. Links to the balance page.
 */
export function TodayBalance() {
  const week = useBalanceWeek(mondayOf(localDay()));
  if (!week.data) return null;
  const data = week.data;
  const jobPercent = jobSearchPercent(data);
  const capable = data.madeMeFeelCapable.map((entry) => entry.name);
  return (
    <section className="card today-balance" aria-labelledby="today-balance">
      <h2 id="today-balance">This week</h2>
      {jobPercent === null ? (
        <p>
          Nothing counted yet this week. <Link to="/journal/balance">Log something of your own</Link> — a walk counts.
        </p>
      ) : (
        <>
          <p>
            Job search {hours(data.jobSearchMinutes)} · everything else {hours(data.activityMinutes)}
          </p>
          <BalanceBar jobPercent={jobPercent} small />
          {capable.length > 0 ? (
            <p>
              What made you feel capable: <strong>{capable.join(", ")}</strong>
            </p>
          ) : null}
          <BalanceNote week={data} />
          <p>
            <Link to="/journal/balance">Your week's balance</Link>
          </p>
        </>
      )}
    </section>
  );
}
