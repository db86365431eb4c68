import { useState } from "react";
import { useNavigate } from "react-router";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { useDeleteApplication } from "../application-detail-queries.ts";

/** Deletes the application after a confirmation that says what goes with it. */
export function DeleteApplication({ applicationId, title }: { applicationId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteApplication(applicationId);
  const navigate = useNavigate();
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Delete application
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete “${title}”?`}
        confirmLabel="Delete application"
        pending={remove.isPending}
        error={remove.error?.message}
        onCancel={() => {
          setOpen(false);
          remove.reset();
        }}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate("/applications", { replace: true, state: { deleted: title } }),
          })
        }
      >
        <p>
          Its interviews, prep, tasks, notes and stage history are deleted with it. Contacts and the company stay. This
          can't be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
