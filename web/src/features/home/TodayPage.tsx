import { formatLongDay } from "../../lib/format-date.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { useCurrentUser } from "../auth/queries.ts";
import { NewFeedbackLine } from "../feedback/NewFeedbackLine.tsx";
import { RememberCard } from "../strengths/RememberCard.tsx";
import { TodayBalance } from "../wellbeing/components/TodayBalance.tsx";
import { TodayCheckIn } from "../wellbeing/components/TodayCheckIn.tsx";
import { LookingForCard } from "./components/LookingForCard.tsx";
import { UpcomingSection } from "./components/UpcomingSection.tsx";
import "./today.css";

/**
 * / (Today). Says only what is true now: how you feel (an optional two-tap check-in), what's
 * coming up, the week's balance, one strength or win now and then, what you are looking for.
 * It demands nothing and keeps no score (no streaks, no red counters). One column on a phone, in
 * reading order; on a wide screen the schedule gets the main column and the rest sits beside it.
 */
export function TodayPage() {
  const user = useCurrentUser();
  return (
    <div className="page today-page">
      <PageTitle>Today</PageTitle>
      <p className="lead">
        Hello, {user.displayName}. It's {formatLongDay(new Date())}.
      </p>
      <NewFeedbackLine />
      <div className="today-layout">
        <div className="today-check-in-slot">
          <TodayCheckIn />
        </div>
        <div className="today-main">
          <UpcomingSection />
        </div>
        <div className="today-side">
          <TodayBalance />
          <RememberCard />
          <LookingForCard />
        </div>
      </div>
    </div>
  );
}
