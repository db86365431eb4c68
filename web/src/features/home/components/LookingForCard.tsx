import { Link } from "react-router";
import { useCurrentUser } from "../../auth/queries.ts";

/** What the person said they are looking for (role families), with a way to change it. */
export function LookingForCard() {
  const families = useCurrentUser().roleFamilies;
  return (
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
  );
}
