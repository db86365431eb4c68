/**
 * What full-text search looks through, folded into one lower-cased column so a single LIKE
 * answers it on both dialects. Every writer of an application (service, import, demo) uses this.
 */
export function buildSearchText(parts: {
  roleTitle: string;
  companyName?: string | null;
  location?: string | null;
  tags?: readonly string[];
  notes?: string | null;
  source?: string | null;
}): string {
  return [parts.roleTitle, parts.companyName, parts.location, parts.source, ...(parts.tags ?? []), parts.notes]
    .filter((part): part is string => Boolean(part))
    .join("\n")
    .toLowerCase();
}

/** The same folding for the search term. */
export const normaliseSearchTerm = (term: string) => term.trim().toLowerCase();
