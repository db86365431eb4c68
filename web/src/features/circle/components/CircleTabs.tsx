import { PageTabs } from "../../../ui/PageTabs.tsx";

const tabs = [
  { to: "/circle", label: "Shared with me", end: true },
  { to: "/circle/mine", label: "My circle", end: false },
] as const;

/** The circle's two halves: what others share with me, and my own circle. */
export function CircleTabs() {
  return <PageTabs label="Circle" tabs={tabs} />;
}
