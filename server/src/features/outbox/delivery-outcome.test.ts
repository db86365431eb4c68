import { describe, expect, it } from "vitest";
import { classifyFailure, maxAttempts, mayHaveBeenSent, nextAttemptAfter } from "./delivery-outcome.ts";

const server = "smtp.example.test:587";

describe("what a failed attempt means", () => {
  it("retries anything that failed before the message data went out", () => {
    const refused = { message: "connect ECONNREFUSED", code: "ESOCKET", originalCode: "ECONNREFUSED" };
    for (const stage of ["connecting", "envelope"] as const) {
      expect(classifyFailure(refused, stage, server).result).toBe("retryable");
      expect(classifyFailure({ message: "closed", code: "ECONNECTION" }, stage, server).result).toBe("retryable");
    }
    expect(classifyFailure({ message: "dns", code: "EDNS" }, "connecting", server)).toMatchObject({
      result: "retryable",
      reason: expect.stringMatching(/Check the server name/),
    });
  });

  it("retries a refused sign-in, saying what to fix", () => {
    const outcome = classifyFailure(
      { code: "EAUTH", responseCode: 535, response: "535 5.7.8 Authentication failed" },
      "signing-in",
      server,
    );
    expect(outcome).toMatchObject({ result: "retryable", reason: expect.stringMatching(/username and password/) });
  });

  it("takes any SMTP answer at its word: 4xx later, 5xx never, even after the data", () => {
    expect(classifyFailure({ responseCode: 451, response: "451 try later" }, "data-sent", server).result).toBe(
      "retryable",
    );
    expect(classifyFailure({ responseCode: 421, response: "421 closing" }, "data-sent", server).result).toBe(
      "retryable",
    );
    expect(classifyFailure({ responseCode: 550, response: "550 no" }, "data-sent", server).result).toBe("rejected");
    expect(classifyFailure({ responseCode: 553, response: "553 bad rcpt" }, "envelope", server).result).toBe(
      "rejected",
    );
    expect(classifyFailure({ responseCode: 503, response: "503 bad sequence" }, "envelope", server).result).toBe(
      "retryable",
    );
  });

  it("calls a lost connection after the data ambiguous: it may have been delivered", () => {
    for (const code of ["ECONNECTION", "ETIMEDOUT", "ESOCKET"]) {
      const outcome = classifyFailure({ message: "gone", code }, "data-sent", server);
      expect(outcome.result).toBe("ambiguous");
      expect("reason" in outcome && outcome.reason).toContain(mayHaveBeenSent);
    }
  });

  it("backs off 1 min, 5, 30, 2 h, 6 h, then gives up", () => {
    const now = new Date("2026-03-01T12:00:00.000Z");
    const waits = [1, 2, 3, 4, 5].map(
      (attempts) => ((nextAttemptAfter(attempts, now)?.getTime() ?? 0) - now.getTime()) / 60_000,
    );
    expect(waits).toEqual([1, 5, 30, 120, 360]);
    expect(nextAttemptAfter(maxAttempts, now)).toBeNull();
  });
});
