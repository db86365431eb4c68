import { Link } from "react-router";
import { formatLongDay } from "../../lib/format-date.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { useCurrentUser } from "../auth/queries.ts";
import { NewFeedbackLine } from "../feedback/NewFeedbackLine.tsx";
import { RememberCard } from "../strengths/RememberCard.tsx";
import { UpcomingSection } from "./components/UpcomingSection.tsx";

/**
 * / (Today). Says only what is true now: what's coming up, what you said you are looking for.
 * It asks nothing of the person and counts nothing (no streaks, no nudges).
 */
export function TodayPage() {
  const user = useCurrentUser();
  const families = user.roleFamilies;
  return (
    <div className="page page-narrow">
      <PageTitle>Today</PageTitle>
      <p className="lead">
        Hello, {user.displayName}. It's {formatLongDay(new Date())}.
      </p>

      <NewFeedbackLine />
      <UpcomingSection />
      <RememberCard />

      <section className="card" aria-labelledby="today-roles">
        <h2 id="today-roles">What you're looking for</h2>
        {families.length ? (
          <>
            <p>You told Debrief you're looking for roles in:</p>
            <ul className="tag-list">
              {families.map((family) => (
                <li key={family.id}>{family.name}</li>
              ))}
            </ul>
            <p>
              <Link to="/settings">Edit the kinds of roles you're looking for</Link>
            </p>
          </>
        ) : (
          <p>
            You haven't listed any kinds of roles yet, and that's fine.{" "}
            <Link to="/settings">Add the kinds of roles you're looking for</Link> whenever you like.
          </p>
        )}
      </section>
    </div>
  );
}
