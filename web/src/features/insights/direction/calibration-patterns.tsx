import type { CalibrationOutcome } from "../../../../../contract/direction.ts";

/**
 * Each outcome gets a pattern as well as a shade, so the stacks can be told apart without colour
 * (and in greyscale print). Defined once in the page and used by the chart and its legend.
 */
export const outcomeFill: Record<CalibrationOutcome, string> = {
  advanced: "url(#calibration-advanced)",
  rejected: "url(#calibration-rejected)",
  noReply: "url(#calibration-no-reply)",
  withdrew: "url(#calibration-withdrew)",
  pending: "url(#calibration-pending)",
};

const size = 8;

/** The patterns, in a zero-size SVG. Colours come from the theme's variables. */
export function CalibrationPatterns() {
  return (
    <svg className="direction-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="calibration-advanced" width={size} height={size} patternUnits="userSpaceOnUse">
          <rect width={size} height={size} fill="var(--color-accent)" />
        </pattern>
        <pattern
          id="calibration-rejected"
          width={size}
          height={size}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={size} height={size} fill="var(--color-surface-sunken)" />
          <rect width={3} height={size} fill="var(--color-text-muted)" />
        </pattern>
        <pattern id="calibration-no-reply" width={size} height={size} patternUnits="userSpaceOnUse">
          <rect width={size} height={size} fill="var(--color-surface-sunken)" />
          <circle cx={size / 2} cy={size / 2} r={1.6} fill="var(--color-text-muted)" />
        </pattern>
        <pattern id="calibration-withdrew" width={size} height={size} patternUnits="userSpaceOnUse">
          <rect width={size} height={size} fill="var(--color-warning-soft)" />
          <path d={`M0 ${size / 2}H${size}M${size / 2} 0V${size}`} stroke="var(--color-warning-text)" strokeWidth={1} />
        </pattern>
        <pattern id="calibration-pending" width={size} height={size} patternUnits="userSpaceOnUse">
          <rect width={size} height={size} fill="var(--color-surface)" />
        </pattern>
      </defs>
    </svg>
  );
}

/** A small square of an outcome's pattern, for the legend. */
export function OutcomeSwatch({ outcome }: { outcome: CalibrationOutcome }) {
  return (
    <svg className="direction-swatch" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="15" height="15" fill={outcomeFill[outcome]} stroke="var(--color-border-strong)" />
    </svg>
  );
}
