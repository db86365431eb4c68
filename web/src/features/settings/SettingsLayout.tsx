import { NavLink, Outlet } from "react-router";
import { useCurrentUser } from "../auth/queries.ts";
import { settingsNavItems } from "./settings-nav-items.ts";

/** /settings/*: a list of sections beside (or, on phones, above) the open one. */
export function SettingsLayout() {
  const user = useCurrentUser();
  const items = settingsNavItems.filter((item) => !item.ownerOnly || user.role === "owner");
  return (
    <div className="settings-layout">
      <nav aria-label="Settings" className="settings-nav">
        <p className="settings-nav-title" aria-hidden="true">
          Settings
        </p>
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="settings-content">
        <Outlet />
      </div>
    </div>
  );
}
