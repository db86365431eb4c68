import type { MessageGuidance as Guidance, MessageTiming } from "../../../../../contract/messages.ts";

const timingLabels: Record<MessageTiming["state"], string> = {
  ok: "Good timing",
  early: "A little early",
  late: "Later than usual",
  limit: "Enough follow-ups",
};

/** When to send it, and what to do and not to do, from the research in the product notes. */
export function MessageGuidance({ guidance, timing }: { guidance: Guidance[]; timing: MessageTiming }) {
  const dos = guidance.filter((item) => item.type === "do");
  const donts = guidance.filter((item) => item.type === "dont");
  return (
    <aside className="card message-guidance" aria-labelledby="message-guidance-heading">
      <h2 id="message-guidance-heading">Good to know</h2>
      <div className={`message-timing message-timing-${timing.state}`}>
        <p>
          <strong>{timingLabels[timing.state]}.</strong> {timing.summary}
        </p>
        {timing.warnings.map((warning) => (
          <p key={warning}>{warning}</p>
        ))}
      </div>
      <h3>Do</h3>
      <ul className="guidance-list guidance-do">
        {dos.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ul>
      {donts.length ? (
        <>
          <h3>Don't</h3>
          <ul className="guidance-list guidance-dont">
            {donts.map((item) => (
              <li key={item.text}>{item.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
