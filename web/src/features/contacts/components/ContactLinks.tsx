import { displayUrl, ExternalLink } from "../../applications/components/ExternalLink.tsx";

/** A phone number as a tel: target: digits and a leading + only, so spaces and brackets don't break dialling. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, "");
  return `tel:${digits.startsWith("+") ? `+${digits.slice(1).replace(/\+/g, "")}` : digits.replace(/\+/g, "")}`;
}

/** Email as a mailto: link (the server only stores real addresses). */
export function EmailLink({ email }: { email: string }) {
  return <a href={`mailto:${email}`}>{email}</a>;
}

export function PhoneLink({ phone }: { phone: string }) {
  return <a href={telHref(phone)}>{phone}</a>;
}

/** A profile link: a real link only for http(s) addresses, plain text otherwise. */
export function ProfileLink({ url }: { url: string }) {
  return <ExternalLink href={url}>{displayUrl(url)}</ExternalLink>;
}
