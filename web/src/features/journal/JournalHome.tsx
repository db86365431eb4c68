import { Link } from "react-router";
import { PageTitle } from "../../ui/PageTitle.tsx";
import "./journal.css";

/** The journal's sections. */
const sections = [
  {
    to: "/journal/thoughts",
    title: "Thought records",
    text: "Catch a spiralling thought, spot the thinking trap, find a kinder and truer way to put it.",
  },
  {
    to: "/journal/strengths",
    title: "Strengths and wins",
    text: "What you have to offer, with the stories that show it, and wins large and small.",
  },
  {
    to: "/journal/reading",
    title: "Reading list",
    text: "Articles and resources worth keeping, and why they helped.",
  },
  {
    to: "/journal/check-in",
    title: "Daily check-in",
    text: "How you feel and how much energy you have, in two taps.",
  },
  {
    to: "/journal/balance",
    title: "Balance",
    text: "Time outside job-seeker mode, and what leaves you feeling capable.",
  },
] as const;

/** /journal — private pages for the person behind the job search. Nothing here is shared. */
export function JournalHome() {
  return (
    <div className="page journal-page">
      <PageTitle>Journal</PageTitle>
      <p className="journal-intro">
        Private pages for you, not the job search. Everything here is optional and only ever yours.
      </p>
      <ul className="journal-sections">
        {sections.map((section) => (
          <li key={section.to} className="card">
            <h2>
              <Link to={section.to}>{section.title}</Link>
            </h2>
            <p>{section.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
