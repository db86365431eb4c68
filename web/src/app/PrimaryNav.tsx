import { NavLink } from "react-router";
import { navItems } from "./nav-items.ts";

/** The app's main sections; NavLink marks the current one with aria-current="page". */
export function PrimaryNav() {
  return (
    <nav aria-label="Main" className="primary-nav">
      <ul>
        {navItems.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end}>
              {item.label}
              {item.indicator ? <item.indicator /> : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
