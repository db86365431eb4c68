/** The first focusable element on every page: jumps past the header to the page content. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main-content">
      Skip to content
    </a>
  );
}
