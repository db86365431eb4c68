import { Link } from "react-router";
import { useSessionData } from "../features/auth/queries.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { AppFrame } from "./AppFrame.tsx";
import { CenteredLayout } from "./CenteredLayout.tsx";

function NotFoundContent({ home }: { home: string }) {
  return (
    <div className="page page-narrow">
      <PageTitle>Page not found</PageTitle>
      <p className="lead">There's no page at this address. It may have moved, or the link may have a typo.</p>
      <p>
        <Link to={home}>{home === "/" ? "Go to Today" : "Go to sign in"}</Link>
      </p>
    </div>
  );
}

/** Any unknown path: inside the app frame for people who are in, the quiet frame otherwise. */
export function NotFoundPage() {
  const { user } = useSessionData();
  if (user?.onboarded) {
    return (
      <AppFrame>
        <NotFoundContent home="/" />
      </AppFrame>
    );
  }
  return (
    <CenteredLayout>
      <NotFoundContent home={user ? "/welcome" : "/sign-in"} />
    </CenteredLayout>
  );
}
