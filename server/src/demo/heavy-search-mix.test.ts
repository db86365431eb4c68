import { describe, expect, it } from "vitest";
import { planHeavyMix } from "./heavy-search-mix.ts";
import { seededRandom } from "./seeded-random.ts";

describe("the heavy seeker's mix", () => {
  it.each([1, 7, 40, 333, 2000])(
    "has exactly 5 stage changes and 2.5 held interviews per application for %i",
    (count) => {
      const shapes = planHeavyMix(count, seededRandom(count));
      expect(shapes).toHaveLength(count);
      expect(shapes.reduce((sum, shape) => sum + shape.path.length, 0)).toBe(5 * count);
      // Still interviewing: the later rounds are upcoming, so only the screen has been held.
      const held = (shape: (typeof shapes)[number]) =>
        (shape.path.includes("screening") ? 1 : 0) + (shape.path.at(-1) === "interviewing" ? 0 : shape.laterRounds);
      expect(shapes.reduce((sum, shape) => sum + held(shape), 0)).toBe(Math.floor(2.5 * count));
    },
  );

  it("only gives later rounds to applications that reached interviewing, and starts each at wishlist or applied", () => {
    for (const shape of planHeavyMix(500, seededRandom(3))) {
      if (!shape.path.includes("interviewing")) expect(shape.laterRounds).toBe(0);
      expect(["wishlist", "applied"]).toContain(shape.path[0]);
    }
  });

  it("comes out the same for the same seed", () => {
    expect(planHeavyMix(100, seededRandom(9))).toEqual(planHeavyMix(100, seededRandom(9)));
  });
});
