import type { WinSize } from "../../../../../contract/strengths.ts";

/** A win's optional details: small or large, and whether it is about the job search. */
export function WinDetailFields(props: {
  id: string;
  size: WinSize;
  onSize: (size: WinSize) => void;
  jobRelated: boolean;
  onJobRelated: (jobRelated: boolean) => void;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${props.id}-size`}>Size</label>
        <select
          id={`${props.id}-size`}
          value={props.size}
          onChange={(event) => props.onSize(event.currentTarget.value as WinSize)}
        >
          <option value="small">Small</option>
          <option value="large">Large</option>
        </select>
      </div>
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={props.jobRelated}
            onChange={(event) => props.onJobRelated(event.currentTarget.checked)}
          />{" "}
          About the job search
        </label>
      </div>
    </>
  );
}
