import type { Contact } from "../../../../contract/contacts.ts";
import { DirectoryPage } from "../../ui/DirectoryPage.tsx";
import { useSearchParam } from "../../ui/use-search-param.ts";
import { ContactForm } from "./components/ContactForm.tsx";
import { ContactList } from "./components/ContactList.tsx";
import { useContactList } from "./contacts-queries.ts";

/** /contacts: the people met along the way, searchable, with a form to add one. */
export function ContactsPage() {
  const [q, setQ] = useSearchParam();
  const list = useContactList(q);
  return (
    <DirectoryPage<Contact>
      title="Contacts"
      lead="Recruiters, hiring managers, interviewers and the people who referred you. Link them to applications and interviews from there."
      noun={{ one: "contact", many: "contacts" }}
      searchLabel="Search by name, email or role"
      q={q}
      onSearch={setQ}
      list={list}
      renderList={(contacts) => <ContactList contacts={contacts} />}
      renderAddForm={(events) => <ContactForm mode="create" {...events} />}
    />
  );
}
