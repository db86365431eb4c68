import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import { type ReadingContext, type ReadingItem, readingContexts } from "../../../../contract/reading.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import {
  type ReadingFilter,
  useCreateReadingItem,
  useDeleteReadingItem,
  useReadingList,
  useUpdateReadingItem,
} from "./reading-queries.ts";
import "../strengths/strengths.css";

export const contextLabels: Record<ReadingContext, string> = {
  "self-care": "Self-care",
  rejection: "After a rejection",
  interviewing: "Interviewing",
  networking: "Networking",
};

/** /journal/reading — articles and resources that helped, read or unread, suggested in context. */
export function ReadingPage() {
  const id = useId();
  const [filter, setFilter] = useState<ReadingFilter>({});
  const items = useReadingList(filter);
  return (
    <div className="page reading-page">
      <PageTitle>Reading list</PageTitle>
      <p className="reading-intro">
        Articles and resources worth keeping, and why they helped. Self-care pieces are offered after a “no”.{" "}
        <Link to="/journal">Back to the journal</Link>
      </p>
      <NewReadingItem />
      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>My list</h2>
        <div className="quick-line">
          <div className="field">
            <label htmlFor={`${id}-status`}>Show</label>
            <select
              id={`${id}-status`}
              value={filter.status ?? ""}
              onChange={(event) =>
                setFilter({ ...filter, status: (event.currentTarget.value || undefined) as ReadingFilter["status"] })
              }
            >
              <option value="">All</option>
              <option value="unread">Unread</option>
              <option value="read">Read</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-context`}>Context</label>
            <select
              id={`${id}-context`}
              value={filter.context ?? ""}
              onChange={(event) =>
                setFilter({
                  ...filter,
                  context: (event.currentTarget.value || undefined) as ReadingContext | undefined,
                })
              }
            >
              <option value="">Any</option>
              {readingContexts.map((context) => (
                <option key={context} value={context}>
                  {contextLabels[context]}
                </option>
              ))}
            </select>
          </div>
          {filter.tag ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setFilter({ ...filter, tag: undefined })}
            >
              Clear tag “{filter.tag}”
            </button>
          ) : null}
        </div>
        {items.isError ? <p role="alert">Couldn't load your reading list. Try reloading the page.</p> : null}
        {items.data && items.data.length === 0 ? <p className="field-hint">Nothing here yet.</p> : null}
        {items.data && items.data.length > 0 ? (
          <ul className="plain-list">
            {items.data.map((item) => (
              <ReadingRow key={item.id} item={item} onTag={(tag) => setFilter({ ...filter, tag })} />
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

export function ReadingLink({ item }: { item: ReadingItem }) {
  // The API only ever stores http(s) links; checked again here before rendering an href.
  const safe = /^https?:\/\//i.test(item.url);
  return safe ? (
    <a href={item.url} rel="noopener noreferrer" target="_blank">
      {item.title}
    </a>
  ) : (
    <span>{item.title}</span>
  );
}

function ReadingRow({ item, onTag }: { item: ReadingItem; onTag: (tag: string) => void }) {
  const update = useUpdateReadingItem();
  const remove = useDeleteReadingItem();
  return (
    <li>
      <div className="row-line">
        <span>
          <strong>
            <ReadingLink item={item} />
          </strong>
          {item.source ? <span className="field-hint"> · {item.source}</span> : null}
          {item.read ? <span className="field-hint"> · read</span> : null}
        </span>
        <span className="button-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => update.mutate({ id: item.id, read: !item.read })}
          >
            {item.read ? "Mark unread" : "Mark read"}
            <span className="visually-hidden"> {item.title}</span>
          </button>
          <button type="button" className="button button-quiet" onClick={() => remove.mutate(item.id)}>
            Delete<span className="visually-hidden"> {item.title}</span>
          </button>
        </span>
      </div>
      {item.whyItHelped ? <p>Why it helped: {item.whyItHelped}</p> : null}
      {item.tags.length > 0 || item.contexts.length > 0 ? (
        <p className="field-hint">
          {item.contexts.map((context) => contextLabels[context]).join(", ")}
          {item.contexts.length > 0 && item.tags.length > 0 ? " · " : ""}
          {item.tags.map((tag) => (
            <button key={tag} type="button" className="button button-quiet" onClick={() => onTag(tag)}>
              #{tag}
            </button>
          ))}
        </p>
      ) : null}
    </li>
  );
}

function NewReadingItem() {
  const id = useId();
  const create = useCreateReadingItem();
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [source, setSource] = useState("");
  const [why, setWhy] = useState("");
  const [tags, setTags] = useState("");
  const [contexts, setContexts] = useState<ReadingContext[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim() || !/^https?:\/\//i.test(url.trim())) {
      setError("Give it a title and a link starting with http:// or https://.");
      return;
    }
    setError(null);
    await create.mutateAsync({
      title: title.trim(),
      url: url.trim(),
      source: source.trim(),
      whyItHelped: why,
      tags: tags
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
      contexts,
    });
    setTitle("");
    setUrl("");
    setSource("");
    setWhy("");
    setTags("");
    setContexts([]);
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add an article</h2>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-name`}>Title</label>
        <input id={`${id}-name`} maxLength={300} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`}>Link</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Source (optional)</label>
        <input id={`${id}-source`} maxLength={120} value={source} onChange={(e) => setSource(e.currentTarget.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-why`}>Why it helped (optional)</label>
        <textarea
          id={`${id}-why`}
          rows={2}
          maxLength={5000}
          value={why}
          onChange={(e) => setWhy(e.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Tags, comma-separated (optional)</label>
        <input id={`${id}-tags`} value={tags} onChange={(e) => setTags(e.currentTarget.value)} />
      </div>
      <fieldset className="field">
        <legend>Suggest it when (optional)</legend>
        {readingContexts.map((context) => (
          <label key={context}>
            <input
              type="checkbox"
              checked={contexts.includes(context)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setContexts((current) => (on ? [...current, context] : current.filter((c) => c !== context)));
              }}
            />{" "}
            {contextLabels[context]}{" "}
          </label>
        ))}
      </fieldset>
      {create.isError ? (
        <p className="field-error" role="alert">
          {create.error.message}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" aria-disabled={create.isPending ? "true" : undefined}>
        Add to my list
      </button>
    </form>
  );
}
