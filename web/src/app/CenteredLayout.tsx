import type { ReactNode } from "react";
import { Link, Outlet } from "react-router";
import { SkipLink } from "./SkipLink.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";

/** The quiet single-column frame for signing in, signing up, onboarding and lost pages. */
export function CenteredLayout({ children, actions }: { children?: ReactNode; actions?: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            Debrief
          </Link>
          <div className="centered-actions">
            <ThemeToggle />
            {actions}
          </div>
        </div>
      </header>
      <main id="main-content" className="centered-main" tabIndex={-1}>
        <div className="centered-card">{children ?? <Outlet />}</div>
      </main>
    </>
  );
}
