import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import { FormAlert } from "./FormAlert.tsx";
import { LoadMoreButton } from "./LoadMoreButton.tsx";
import { PageTitle } from "./PageTitle.tsx";
import { SearchField } from "./SearchField.tsx";
import "./directory.css";

/** What the page needs from the paged list query (TanStack's infinite query result fits). */
interface DirectoryList<Item> {
  data: { pages: { items: Item[] }[] } | undefined;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The callbacks the add form gets: a submit starting, and the record it saved. */
export interface DirectoryAddFormEvents<Item> {
  onSubmitStart: () => void;
  onSaved: (item: Item) => void;
}

interface DirectoryPageProps<Item extends { id: string; name: string }> {
  title: string;
  lead: ReactNode;
  /** The record's name in lower case, e.g. { one: "company", many: "companies" }; /<many>/:id is its page. */
  noun: { one: string; many: string };
  searchLabel: string;
  /** The search term; the page keeps it in the URL (useSearchParam). */
  q: string;
  onSearch: (q: string) => void;
  /** The list for that term. */
  list: DirectoryList<Item>;
  renderList: (items: Item[]) => ReactNode;
  renderAddForm: (events: DirectoryAddFormEvents<Item>) => ReactNode;
}

/**
 * A directory of records (companies, contacts): a searchable list, 50 at a time, beside a form
 * to add one. On phones the form comes after the list, with a link to jump to it.
 */
export function DirectoryPage<Item extends { id: string; name: string }>(props: DirectoryPageProps<Item>) {
  const { title, lead, noun, searchLabel, q, onSearch, list, renderList, renderAddForm } = props;
  const [added, setAdded] = useState<Item | null>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const listId = `${noun.many}-list`;
  const addId = `add-${noun.one}`;

  return (
    <div className="directory-page">
      <PageTitle>{title}</PageTitle>
      <p className="lead">{lead}</p>
      <div className="directory-columns">
        <section className="card" aria-labelledby={listId}>
          <div className="directory-list-head">
            <h2 id={listId}>{`Your ${noun.many}`}</h2>
            <a href={`#${addId}`} className="directory-skip">
              {`Add a ${noun.one}`}
            </a>
          </div>
          <SearchField label={searchLabel} value={q} onSearch={onSearch} />
          {list.isPending ? <p className="directory-muted">{`Loading your ${noun.many}…`}</p> : null}
          {list.isError ? <FormAlert message={`Your ${noun.many} couldn't be loaded: ${list.error?.message}`} /> : null}
          {list.data && items.length === 0 ? (
            <p className="directory-muted">
              {q ? `No ${noun.many} match “${q}”.` : `No ${noun.many} yet. Add the first one with the form.`}
            </p>
          ) : null}
          {items.length > 0 ? renderList(items) : null}
          <LoadMoreButton
            list={list}
            label={`Show more ${noun.many}`}
            loadingLabel="Loading more…"
            className="button-row"
          />
        </section>

        <section className="card directory-add" aria-labelledby={addId}>
          <h2 id={addId} tabIndex={-1}>
            {`Add a ${noun.one}`}
          </h2>
          {renderAddForm({ onSubmitStart: () => setAdded(null), onSaved: setAdded })}
          <div className="status-message" aria-live="polite">
            {added ? (
              <p>
                Added <Link to={`/${noun.many}/${added.id}`}>{added.name}</Link>.
              </p>
            ) : null}
          </div>
        </section>
      </div>
    </div>
  );
}
