import { Link } from "react-router";
import { formatDate } from "../../../lib/format-date.ts";
import { usePosts } from "../post-queries.ts";

/** My written posts, shared or not, with the way to write another. */
export function PostList() {
  const posts = usePosts();
  return (
    <section className="card" aria-labelledby="my-posts">
      <h2 id="my-posts">Your posts</h2>
      {posts.data?.length === 0 ? (
        <p>Posts are for what you'd like your circle to read: what you learned from an interview, how the week went.</p>
      ) : null}
      <ul className="item-list">
        {posts.data?.map((post) => (
          <li key={post.id} className="item">
            <div className="item-main">
              <p className="item-title">
                <Link to={`/circle/posts/${encodeURIComponent(post.id)}`}>{post.title}</Link>
              </p>
              <p className="item-meta">
                {formatDate(post.createdAt)} · {post.shareId ? "shared" : "only you"}
                {post.applicationTitle ? ` · about ${post.applicationTitle}` : ""}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <Link className="button button-secondary" to="/circle/posts/new">
          Write a post
        </Link>
      </div>
    </section>
  );
}
