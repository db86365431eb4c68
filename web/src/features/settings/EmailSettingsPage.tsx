import { useRef, useState } from "react";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { OutboxList } from "./components/OutboxList.tsx";
import { SmtpAccountForm } from "./components/SmtpAccountForm.tsx";
import { TestEmailSection } from "./components/TestEmailSection.tsx";
import { useSmtpAccount } from "./email-queries.ts";
import "./email-settings.css";

/** /settings/email: the person's own SMTP account, a test email, and the outbox. */
export function EmailSettingsPage() {
  const account = useSmtpAccount();
  // Bumped when the account is removed, so the form starts again from blank fields.
  const [formGeneration, setFormGeneration] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <PageTitle documentTitle="Email · Settings">Email</PageTitle>
      <p className="lead">
        Feedback requests, thank-you notes and follow-ups go out from your own email address, through your provider's
        outgoing (SMTP) server, so replies come straight back to you. Your password is stored encrypted and is never
        shown again.
      </p>
      <section className="card" aria-labelledby="email-account">
        <h2 id="email-account" ref={heading} tabIndex={-1}>
          Your email account
        </h2>
        {account.isPending ? <p>Loading…</p> : null}
        {account.isError ? <FormAlert message={account.error.message} /> : null}
        {account.isSuccess ? (
          <>
            <details className="smtp-providers">
              <summary>Settings for common providers</summary>
              <ul>
                <li>
                  Gmail: <code>smtp.gmail.com</code>, port 465, TLS, with an app password (needs 2-step verification).
                </li>
                <li>
                  iCloud Mail: <code>smtp.mail.me.com</code>, port 587, STARTTLS, with an app-specific password.
                </li>
                <li>
                  Fastmail: <code>smtp.fastmail.com</code>, port 465, TLS, with an app password.
                </li>
              </ul>
            </details>
            <SmtpAccountForm
              key={formGeneration}
              account={account.data}
              onRemoved={() => {
                setFormGeneration((generation) => generation + 1);
                // The Remove button is gone: focus goes back to the top of the section.
                heading.current?.focus();
              }}
            />
          </>
        ) : null}
      </section>
      <section className="card" aria-labelledby="email-test">
        <TestEmailSection account={account.data ?? null} />
      </section>
      <section className="card" aria-labelledby="email-outbox">
        <OutboxList />
      </section>
    </>
  );
}
