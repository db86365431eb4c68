import { useNavigate } from "react-router";
import { DeleteWithConfirmation } from "../../../ui/DeleteWithConfirmation.tsx";
import { useDeleteApplication } from "../application-detail-queries.ts";

/** Deletes the application after a confirmation that says what goes with it. */
export function DeleteApplication({ applicationId, title }: { applicationId: string; title: string }) {
  const remove = useDeleteApplication(applicationId);
  const navigate = useNavigate();
  return (
    <DeleteWithConfirmation
      label="Delete application"
      title={`Delete “${title}”?`}
      remove={remove}
      onDeleted={() => navigate("/applications", { replace: true, state: { deleted: title } })}
    >
      <p>
        Its interviews, prep, tasks, notes and stage history are deleted with it. Contacts and the company stay. This
        can't be undone.
      </p>
    </DeleteWithConfirmation>
  );
}
