import type { PublicProvider } from "../../../../contract/identity.ts";
import { providerStartHref } from "./provider-queries.ts";

/** One "Continue with …" link per configured provider: plain links, the browser goes to the provider. */
export function ProviderButtons({
  providers,
  returnTo,
  invite,
}: {
  providers: PublicProvider[];
  returnTo?: string | undefined;
  invite?: string | undefined;
}) {
  if (providers.length === 0) return null;
  return (
    <ul className="provider-buttons" aria-label="Sign in with an account you already have">
      {providers.map((provider) => (
        <li key={provider.slug}>
          <a className="button button-secondary" href={providerStartHref(provider.slug, { returnTo, invite })}>
            Continue with {provider.displayName}
          </a>
        </li>
      ))}
    </ul>
  );
}
