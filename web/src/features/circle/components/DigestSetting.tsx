import { useId } from "react";
import { Link } from "react-router";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { useSetDigestEmail } from "../circle-queries.ts";

/** Whether new replies also arrive as one email digest (sent through the person's own email account). */
export function DigestSetting({ digestEmail }: { digestEmail: boolean }) {
  const id = useId();
  const save = useSetDigestEmail();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Email</h2>
      <div className="choice">
        <input
          id={`${id}-digest`}
          type="checkbox"
          checked={save.isPending ? Boolean(save.variables) : digestEmail}
          aria-describedby={`${id}-hint`}
          onChange={(event) => save.mutate(event.currentTarget.checked)}
        />
        <label htmlFor={`${id}-digest`}>Email me a digest of new replies</label>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        Replies are gathered into one email rather than one each, with names and titles only (never the replies
        themselves). It needs <Link to="/settings/email">your email account</Link> set up.
      </p>
      <FormAlert message={save.error?.message} />
    </section>
  );
}
