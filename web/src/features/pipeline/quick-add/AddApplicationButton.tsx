import { useQuickAdd } from "./quick-add-context.ts";
import { quickAddKey } from "./use-quick-add-shortcut.ts";
import "../styles/pipeline-common.css";
import "../styles/quick-add.css";

/** The header's "Add application" button, with its keyboard shortcut shown beside the label. */
export function AddApplicationButton() {
  const quickAdd = useQuickAdd();
  return (
    <button
      type="button"
      className="button button-primary quick-add-button"
      aria-keyshortcuts={quickAddKey}
      title={`Add application (shortcut: ${quickAddKey.toUpperCase()})`}
      onClick={() => quickAdd.open()}
    >
      <span aria-hidden="true">+</span> Add<span className="quick-add-long"> application</span>
      <span className="shortcut-hint" aria-hidden="true">
        <kbd>{quickAddKey.toUpperCase()}</kbd>
      </span>
    </button>
  );
}
