/**
 * A mailto: link that opens the person's own mail app with the message filled in (RFC 6068:
 * every part percent-encoded, line breaks as CRLF). The address keeps its @ for readability.
 */
export function mailAppLink(message: { to: string; subject: string; body: string }): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
  const to = encodeURIComponent(message.to.trim()).replace(/%40/g, "@");
  return `mailto:${to}?subject=${encode(message.subject)}&body=${encode(message.body)}`;
}

/** Subject and body as one text to paste into any mail app. */
export function plainMessage(message: { subject: string; body: string }): string {
  return `Subject: ${message.subject}\n\n${message.body}`;
}
