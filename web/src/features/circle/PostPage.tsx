import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { type CirclePost, createCirclePostRequest } from "../../../../contract/circle.ts";
import { DeleteWithConfirmation } from "../../ui/DeleteWithConfirmation.tsx";
import { FormActions } from "../../ui/FormActions.tsx";
import { MarkdownField } from "../../ui/MarkdownField.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFormErrors } from "../../ui/use-form-errors.ts";
import { useRecentApplications } from "../growth/growth-queries.ts";
import { useCreatePost, useDeletePost, usePost, useUpdatePost } from "./post-queries.ts";
import { ShareButton } from "./ShareButton.tsx";
import "./circle.css";

const labels = { title: "Title", body: "What you want to say", applicationId: "About an application" };

/**
 * /circle/posts/new and /circle/posts/:postId — a written post for the circle ("what I learned
 * from this one"), optionally about one application. Saving keeps it private; Share sends it.
 */
export function PostPage() {
  const { postId } = useParams();
  const post = usePost(postId ?? null);
  if (!postId) return <PostEditor post={null} />;
  if (post.isPending || post.isError) {
    return (
      <RecordUnavailable
        error={post.error}
        title="Post"
        loadingText="Loading the post…"
        back={{ to: "/circle/mine", label: "Go to My circle" }}
      />
    );
  }
  return <PostEditor key={post.data.id} post={post.data} />;
}

function PostEditor({ post }: { post: CirclePost | null }) {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const applications = useRecentApplications();
  const create = useCreatePost();
  const update = useUpdatePost();
  const remove = useDeletePost();
  const { formRef, errors, check, showError } = useFormErrors(labels);
  const [title, setTitle] = useState(post?.title ?? "");
  const [body, setBody] = useState(post?.body ?? "");
  const [applicationId, setApplicationId] = useState(post?.applicationId ?? searchParams.get("applicationId") ?? "");
  const [saved, setSaved] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending || update.isPending) return;
    const input = check(createCirclePostRequest, { title, body, applicationId: applicationId || null });
    if (!input) return;
    setSaved(null);
    if (post) {
      update.mutate({ postId: post.id, body: input }, { onSuccess: () => setSaved("Saved."), onError: showError });
      return;
    }
    create.mutate(input, {
      onSuccess: (created) => navigate(`/circle/posts/${encodeURIComponent(created.id)}`, { replace: true }),
      onError: showError,
    });
  }

  return (
    <div className="page page-narrow circle-page">
      <p className="breadcrumb">
        <Link to="/circle/mine">My circle</Link>
      </p>
      <PageTitle>{post ? "Your post" : "Write a post"}</PageTitle>
      <p className="lead">
        Something you'd like your circle to read: what you learned from an interview, how the week went. It stays
        private until you share it.
      </p>
      {post ? <ShareButton itemType="post" itemId={post.id} title={post.title} /> : null}
      <form ref={formRef} className="card form" noValidate onSubmit={submit}>
        <TextField
          label={labels.title}
          name="title"
          value={title}
          maxLength={200}
          placeholder="e.g. What I learned from this one"
          error={errors.fields.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <MarkdownField
          label={labels.body}
          name="body"
          value={body}
          onChange={setBody}
          rows={8}
          hint="Markdown works: **bold**, lists, links."
          error={errors.fields.body}
        />
        <div className="field">
          <label htmlFor="post-application">{labels.applicationId} (optional)</label>
          <select
            id="post-application"
            value={applicationId}
            onChange={(event) => setApplicationId(event.currentTarget.value)}
          >
            <option value="">None</option>
            {post?.applicationId && !applications.data?.some((application) => application.id === post.applicationId) ? (
              <option value={post.applicationId}>{post.applicationTitle ?? "The linked application"}</option>
            ) : null}
            {applications.data?.map((application) => (
              <option key={application.id} value={application.id}>
                {application.companyName
                  ? `${application.roleTitle} at ${application.companyName}`
                  : application.roleTitle}
              </option>
            ))}
          </select>
        </div>
        <FormActions
          message={errors.message}
          pending={create.isPending || update.isPending}
          submitLabel={post ? "Save changes" : "Save post"}
          pendingLabel="Saving…"
        />
        <StatusMessage message={saved} />
      </form>
      {post ? (
        <DeleteWithConfirmation
          label="Delete post"
          title={`Delete “${post.title}”?`}
          remove={{ ...remove, mutate: (_input, options) => remove.mutate(post.id, options) }}
          onDeleted={() => navigate("/circle/mine")}
        >
          <p>The post is deleted, and your circle stops seeing it, with its replies. This can't be undone.</p>
        </DeleteWithConfirmation>
      ) : null}
    </div>
  );
}
