import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { SignOutButton } from "../features/auth/SignOutButton.tsx";
import { CircleNavIndicator } from "../features/circle/CircleNavIndicator.tsx";
import { AddApplicationButton } from "../features/pipeline/quick-add/AddApplicationButton.tsx";
import { QuickAddProvider } from "../features/pipeline/quick-add/QuickAddProvider.tsx";
import { PrimaryNav } from "./PrimaryNav.tsx";
import { SkipLink } from "./SkipLink.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";

/**
 * The frame around every signed-in page: header with the product name, the main navigation,
 * the theme choice and sign-out. On narrow screens they fold behind a Menu button.
 */
export function AppFrame({ children }: { children?: ReactNode }) {
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();

  // A phone menu that stays open over the new page would hide it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the path changes
  useEffect(() => setMenuOpen(false), [pathname]);

  // Escape closes the open menu and puts focus back on its button, as a disclosure should.
  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [menuOpen]);

  return (
    <QuickAddProvider>
      <SkipLink />
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            Debrief
          </Link>
          <AddApplicationButton />
          <button
            ref={menuButton}
            type="button"
            className="button button-secondary menu-button"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
            {/* On phones the navigation folds away: the circle's dot shows on the Menu button too. */}
            <CircleNavIndicator />
          </button>
          <div id={menuId} className="app-menu" data-open={menuOpen || undefined}>
            <PrimaryNav />
            <div className="app-menu-actions">
              <ThemeToggle />
              <SignOutButton />
            </div>
          </div>
        </div>
      </header>
      <main id="main-content" className="app-main" tabIndex={-1}>
        {children ?? <Outlet />}
      </main>
    </QuickAddProvider>
  );
}
