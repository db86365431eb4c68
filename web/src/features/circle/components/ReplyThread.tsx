import { useState } from "react";
import { type CircleReply, replyEditWindowMinutes } from "../../../../../contract/circle.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { Markdown } from "../../../ui/Markdown.tsx";
import { useAddReply, useDeleteReply, useEditReply } from "../shared-queries.ts";
import { useStillEditable } from "../use-edit-window.ts";
import { ReplyForm } from "./ReplyForm.tsx";

/**
 * The replies on a shared item, threaded one level: each top-level reply with its answers under
 * it. Authors may edit for a short while; authors and the seeker may delete.
 */
export function ReplyThread({ shareId, replies }: { shareId: string; replies: CircleReply[] }) {
  const add = useAddReply(shareId);
  const remove = useDeleteReply(shareId);
  const [deleting, setDeleting] = useState<CircleReply | null>(null);
  const topLevel = replies.filter((reply) => reply.parentId === null);
  const answersTo = (parentId: string) => replies.filter((reply) => reply.parentId === parentId);
  const close = () => {
    setDeleting(null);
    remove.reset();
  };
  const actions = { shareId, onDelete: setDeleting };

  return (
    <section className="card replies" aria-labelledby="replies-title">
      <h2 id="replies-title">Replies</h2>
      {topLevel.length === 0 ? <p className="field-hint">No replies yet.</p> : null}
      <ol className="reply-list">
        {topLevel.map((reply) => (
          <li key={reply.id}>
            <ReplyItem reply={reply} {...actions} canAnswer />
            {answersTo(reply.id).length > 0 ? (
              <ol className="reply-list reply-answers">
                {answersTo(reply.id).map((answer) => (
                  <li key={answer.id}>
                    <ReplyItem reply={answer} {...actions} canAnswer={false} />
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
      <ReplyForm
        label="Your reply"
        submitLabel="Send reply"
        pending={add.isPending}
        onSubmit={(body) => add.mutateAsync({ body })}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this reply?"
        confirmLabel="Delete reply"
        pending={remove.isPending}
        error={remove.error?.message}
        onCancel={close}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: close })}
      >
        <p>The thread keeps a “reply removed” line in its place, so the answers under it still make sense.</p>
      </ConfirmDialog>
    </section>
  );
}

interface ReplyItemProps {
  shareId: string;
  reply: CircleReply;
  canAnswer: boolean;
  onDelete: (reply: CircleReply) => void;
}

function ReplyItem({ shareId, reply, canAnswer, onDelete }: ReplyItemProps) {
  const add = useAddReply(shareId);
  const edit = useEditReply(shareId);
  const [mode, setMode] = useState<"read" | "edit" | "answer">("read");
  const editable = useStillEditable(reply);
  if (reply.deleted) return <p className="circle-reply reply-removed">Reply removed.</p>;
  return (
    <article className="circle-reply" aria-label={`Reply from ${reply.author.name}`}>
      <p className="reply-meta">
        <strong>{reply.author.name}</strong> · {formatDateTime(reply.createdAt)}
        {reply.editedAt ? " · edited" : ""}
      </p>
      {mode === "edit" ? (
        <ReplyForm
          label="Edit your reply"
          submitLabel="Save reply"
          initial={reply.body}
          pending={edit.isPending}
          onSubmit={(body) => edit.mutateAsync({ replyId: reply.id, body }).then(() => setMode("read"))}
          onCancel={() => setMode("read")}
        />
      ) : (
        // Markdown.tsx escapes raw HTML: a <script> in a reply shows as text.
        <Markdown source={reply.body} className="reply-body" />
      )}
      {mode === "read" ? (
        <div className="reply-actions">
          {canAnswer ? (
            <button type="button" className="button button-quiet" onClick={() => setMode("answer")}>
              Reply<span className="visually-hidden"> to {reply.author.name}</span>
            </button>
          ) : null}
          {editable ? (
            <button
              type="button"
              className="button button-quiet"
              title={`Replies can be edited for ${replyEditWindowMinutes} minutes`}
              onClick={() => setMode("edit")}
            >
              Edit<span className="visually-hidden"> your reply</span>
            </button>
          ) : null}
          {reply.canDelete ? (
            <button type="button" className="button button-quiet" onClick={() => onDelete(reply)}>
              Delete<span className="visually-hidden"> reply from {reply.author.name}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {mode === "answer" ? (
        <ReplyForm
          label={`Your answer to ${reply.author.name}`}
          submitLabel="Send answer"
          pending={add.isPending}
          onSubmit={(body) => add.mutateAsync({ body, parentId: reply.id }).then(() => setMode("read"))}
          onCancel={() => setMode("read")}
        />
      ) : null}
    </article>
  );
}
