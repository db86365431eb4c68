/**
 * Unsaved drafts kept in this browser until the server has them, so a reload, a lost
 * connection or a closed tab loses nothing that was typed. Each key names the person, so a
 * shared computer never shows one person's draft to another; saved drafts are removed.
 */

const prefix = "debrief:draft:";

export function draftKey(userId: string, what: string): string {
  return `${prefix}${userId}:${what}`;
}

export function readDraft<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? ((JSON.parse(raw) as { value: T }).value ?? null) : null;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    window.localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), value }));
  } catch {
    // Storage full or turned off: the server save is still on its way.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
