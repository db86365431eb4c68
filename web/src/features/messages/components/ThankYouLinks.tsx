import { Link } from "react-router";
import type { Interview } from "../../../../../contract/interviews.ts";
import "../messages.css";

/** On the interview page: one thank-you per interviewer, once the interview has begun. */
export function ThankYouLinks({ interview }: { interview: Interview }) {
  if (!interview.interviewers.length || new Date(interview.startsAt).getTime() > Date.now()) return null;
  const base = `/applications/${encodeURIComponent(interview.applicationId)}/compose?kind=thank_you&interviewId=${encodeURIComponent(interview.id)}`;
  return (
    <ul className="link-list thank-you-links">
      {interview.interviewers.map((person) => (
        <li key={person.id}>
          <Link to={`${base}&contactId=${encodeURIComponent(person.id)}`}>Send a thank-you to {person.name}</Link>
        </li>
      ))}
    </ul>
  );
}
