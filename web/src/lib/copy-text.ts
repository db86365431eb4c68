/**
 * Copies text to the clipboard. The Clipboard API only exists on secure origins (and can be
 * refused), while a self-hosted server is often reached over plain http on a home network, so
 * fall back to the older selection-based copy.
 */
export async function copyText(text: string): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission refused: try the fallback below.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "visually-hidden";
  const focused = document.activeElement;
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  // Selecting moved focus into the textarea; put it back on the Copy button.
  if (focused instanceof HTMLElement) focused.focus();
  if (!copied) throw new Error("copy was refused");
}
