/*
 * How the web app is built, and why.
 *
 * Screens are native, semantic HTML (form, label, fieldset/legend, button, dialog, nav) with our
 * own CSS on custom properties, not a UI kit. Native elements are accessible by default
 * (keyboard, focus, screen reader roles) and keep the bundle small, which matters on a phone
 * right after an interview. The few ARIA attributes we add tie errors and hints to inputs and
 * announce results.
 *
 * Server state lives in TanStack Query; the session query (GET /api/auth/session) drives
 * routing through the guards in route-guards.tsx. The API client (lib/api.ts) sends the CSRF
 * token and turns every error into an ApiError that forms show next to the right input.
 *
 * The Content-Security-Policy allows only our own scripts and styles: no inline <script> or
 * style attributes, no other origins (system fonts, a local favicon).
 */
import { useState } from "react";
import { RouterProvider } from "react-router";
import { AppProviders } from "./AppProviders.tsx";
import { createRouter } from "./router.tsx";

export function App() {
  const [router] = useState(createRouter);
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
