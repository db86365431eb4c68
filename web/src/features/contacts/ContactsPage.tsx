import { useState } from "react";
import { Link } from "react-router";
import type { Contact } from "../../../../contract/contacts.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { useSearchParam } from "../companies/use-search-param.ts";
import { SearchField } from "../pipeline/components/SearchField.tsx";
import { ContactForm } from "./components/ContactForm.tsx";
import { ContactList } from "./components/ContactList.tsx";
import { useContactList } from "./contacts-queries.ts";
import "../companies/directory.css";

/** /contacts: the people met along the way, searchable, with a form to add one. */
export function ContactsPage() {
  const [q, setQ] = useSearchParam();
  const list = useContactList(q);
  const [added, setAdded] = useState<Contact | null>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="directory-page">
      <PageTitle>Contacts</PageTitle>
      <p className="lead">
        Recruiters, hiring managers, interviewers and the people who referred you. Link them to applications and
        interviews from there.
      </p>
      <div className="directory-columns">
        <section className="card" aria-labelledby="contacts-list">
          <div className="directory-list-head">
            <h2 id="contacts-list">Your contacts</h2>
            <a href="#add-contact" className="directory-skip">
              Add a contact
            </a>
          </div>
          <SearchField label="Search by name, email or role" value={q} onSearch={setQ} />
          {list.isPending ? <p className="directory-muted">Loading your contacts…</p> : null}
          {list.isError ? <FormAlert message={`Your contacts couldn't be loaded: ${list.error.message}`} /> : null}
          {list.data && items.length === 0 ? (
            <p className="directory-muted">
              {q ? `No contacts match “${q}”.` : "No contacts yet. Add the first one with the form."}
            </p>
          ) : null}
          {items.length > 0 ? <ContactList contacts={items} /> : null}
          {list.hasNextPage ? (
            <div className="button-row">
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={list.isFetchingNextPage || undefined}
                onClick={() => {
                  if (!list.isFetchingNextPage) list.fetchNextPage();
                }}
              >
                {list.isFetchingNextPage ? "Loading more…" : "Show more contacts"}
              </button>
            </div>
          ) : null}
        </section>

        <section className="card directory-add" aria-labelledby="add-contact">
          <h2 id="add-contact" tabIndex={-1}>
            Add a contact
          </h2>
          <ContactForm mode="create" onSubmitStart={() => setAdded(null)} onSaved={setAdded} />
          <div className="status-message" aria-live="polite">
            {added ? (
              <p>
                Added <Link to={`/contacts/${added.id}`}>{added.name}</Link>.
              </p>
            ) : null}
          </div>
        </section>
      </div>
    </div>
  );
}
