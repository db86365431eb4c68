/** Whether text from the person's data may become a link: only http:// and https:// addresses. */
export function isWebAddress(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** A web address as people say it: without the scheme and the trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}

/**
 * A link from the person's own data (job posting, meeting link, profile). Anything that is not
 * an http(s) address is shown as plain text, so a pasted javascript: or file: link never runs.
 */
export function ExternalLink({ href, children }: { href: string; children?: string }) {
  if (!isWebAddress(href)) return <span className="external-text">{children ?? href}</span>;
  return (
    <a href={href.trim()} target="_blank" rel="noopener noreferrer" className="external-link">
      {children ?? href}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
