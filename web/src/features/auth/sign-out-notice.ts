// Signing out ends the app frame, so the button that did it is gone before it could navigate;
// the route guard does the redirect, and this flag tells the sign-in page to say why.
let signedOut = false;

/** Remembers that this tab just signed out on purpose. */
export function noteSignedOut(): void {
  signedOut = true;
}

/** Whether the sign-in page should confirm a sign-out (reading does not clear it). */
export function hasSignedOutNotice(): boolean {
  return signedOut;
}

/** Clears the notice once the sign-in page has shown it. */
export function clearSignedOutNotice(): void {
  signedOut = false;
}
