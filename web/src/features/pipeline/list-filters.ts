import { type ApplicationStage, applicationSorts, applicationStages } from "../../../../contract/applications.ts";

/**
 * The table's and the board's filters live in the URL, so a view can be bookmarked, shared and
 * reached again with Back. These functions are the only place that reads or writes them.
 */

export type ApplicationSort = (typeof applicationSorts)[number];
export type SortOrder = "asc" | "desc";

export interface BoardFilters {
  q: string;
  roleFamilyId: string;
  tag: string;
}

export interface ApplicationFilters extends BoardFilters {
  stages: ApplicationStage[];
  companyId: string;
  appliedFrom: string;
  appliedTo: string;
  sort: ApplicationSort;
  order: SortOrder;
}

export const defaultSort: { sort: ApplicationSort; order: SortOrder } = { sort: "updated", order: "desc" };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A hand-edited or outdated link must not turn into a 400: values that can't be right are dropped. */
function text(params: URLSearchParams, name: string, pattern?: RegExp): string {
  const value = (params.get(name) ?? "").trim();
  return pattern && !pattern.test(value) ? "" : value;
}

export function readBoardFilters(params: URLSearchParams): BoardFilters {
  return { q: text(params, "q"), roleFamilyId: text(params, "roleFamilyId", uuidPattern), tag: text(params, "tag") };
}

export function readApplicationFilters(params: URLSearchParams): ApplicationFilters {
  const stages = (params.get("stage") ?? "")
    .split(",")
    .filter((stage): stage is ApplicationStage => (applicationStages as readonly string[]).includes(stage));
  const sort = params.get("sort");
  const order = params.get("order");
  return {
    ...readBoardFilters(params),
    stages: applicationStages.filter((stage) => stages.includes(stage)),
    companyId: text(params, "companyId", uuidPattern),
    appliedFrom: text(params, "appliedFrom", datePattern),
    appliedTo: text(params, "appliedTo", datePattern),
    sort: (applicationSorts as readonly string[]).includes(sort ?? "") ? (sort as ApplicationSort) : defaultSort.sort,
    order: order === "asc" || order === "desc" ? order : defaultSort.order,
  };
}

/** Search params for a filter set, leaving out empty values and the default sort. */
export function filterParams(filters: Partial<ApplicationFilters>): URLSearchParams {
  const params = new URLSearchParams();
  const put = (name: string, value: string | undefined) => {
    if (value) params.set(name, value);
  };
  put("q", filters.q?.trim());
  put("stage", filters.stages?.join(","));
  put("roleFamilyId", filters.roleFamilyId);
  put("tag", filters.tag);
  put("companyId", filters.companyId);
  put("appliedFrom", filters.appliedFrom);
  put("appliedTo", filters.appliedTo);
  if (filters.sort && (filters.sort !== defaultSort.sort || filters.order !== defaultSort.order)) {
    params.set("sort", filters.sort);
    params.set("order", filters.order ?? defaultSort.order);
  }
  return params;
}

/** How many filters narrow the list (search and sort not counted), for "Filters (2)". */
export function countNarrowingFilters(filters: ApplicationFilters): number {
  return [
    filters.stages.length > 0,
    filters.roleFamilyId,
    filters.tag,
    filters.companyId,
    filters.appliedFrom,
    filters.appliedTo,
  ].filter(Boolean).length;
}

/** Whether anything at all narrows the list, search included. */
export function hasAnyFilter(filters: BoardFilters | ApplicationFilters): boolean {
  return filterParams({ ...filters, sort: undefined }).size > 0;
}

/** The order a column starts in when first clicked: names A→Z, dates and ratings newest/highest first. */
export function firstOrderFor(sort: ApplicationSort): SortOrder {
  return sort === "title" || sort === "company" || sort === "stage" ? "asc" : "desc";
}
