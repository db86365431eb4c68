import type { MessageGuidance, MessageKind, MessagePlaceholder } from "../../../../contract/messages.ts";

/**
 * The built-in wording of each message, and the guidance shown beside the composer. Both
 * follow the research summarised in PRODUCT.md: thank-yous within 24 hours, one per
 * interviewer, naming a specific moment; feedback requests that thank, accept, frame the ask
 * as growth with a bounded question and never ask for a comparison with the hire; follow-ups
 * no sooner than 5 business days (or 1–2 after a promised date), at most two, a week apart.
 */

/** Every field a template may use, with what it holds. */
export const messagePlaceholders: readonly MessagePlaceholder[] = [
  { name: "roleTitle", description: "The role you applied for" },
  { name: "companyName", description: "The company" },
  { name: "contactName", description: "The recipient's full name" },
  { name: "contactFirstName", description: 'The recipient\'s first name ("there" when no one is chosen)' },
  { name: "contactRole", description: "The recipient's role" },
  { name: "interviewRound", description: "The interview's round, e.g. Portfolio review" },
  { name: "interviewDate", description: "The interview's day, e.g. Tuesday 3 March" },
  { name: "myName", description: "Your name, from your profile" },
  { name: "moment", description: "A specific moment of the conversation (you fill it in)" },
  {
    name: "feedbackLink",
    description: "A private page where they can answer (feedback requests); its line is left out without a link",
  },
];

export const placeholderNames: ReadonlySet<string> = new Set(messagePlaceholders.map((field) => field.name));

export interface BuiltInTemplate {
  subject: string;
  body: string;
}

export const builtInTemplates: Record<MessageKind, BuiltInTemplate> = {
  feedback_request: {
    subject: "Thank you, and a small request: {{roleTitle}} at {{companyName}}",
    body: `Hi {{contactFirstName}},

Thank you for letting me know about your decision on the {{roleTitle}} role, and for the time you and the team gave me. I understand and respect the decision.

I'm working on getting better at what I do, and your view would help me grow. If you have a few minutes, could you share up to three things I should keep doing and three things I could do differently?

If it's easier, you can answer on this short private page, no account needed: {{feedbackLink}}

I enjoyed getting to know {{companyName}}, and I'd be glad to be considered for future roles that fit.

Thank you again,
{{myName}}`,
  },
  thank_you: {
    subject: "Thank you for {{interviewDate}}: {{roleTitle}}",
    body: `Hi {{contactFirstName}},

Thank you for taking the time to talk with me on {{interviewDate}} about the {{roleTitle}} role. I especially enjoyed {{moment}}.

Our conversation made me even more interested in joining {{companyName}}. If there is anything else I can share, I'd be glad to.

Best regards,
{{myName}}`,
  },
  follow_up: {
    subject: "Following up: {{roleTitle}} at {{companyName}}",
    body: `Hi {{contactFirstName}},

I hope you're well. I wanted to follow up on my application for the {{roleTitle}} role at {{companyName}}. I'm still very interested, and I'd be glad to hear about next steps or timing whenever you have a moment.

Thank you,
{{myName}}`,
  },
  acceptance: {
    subject: "Re: {{roleTitle}} at {{companyName}}",
    body: `Hi {{contactFirstName}},

Thank you for letting me know, and for the time you and the team spent with me. I'm disappointed, of course, but I respect your decision.

I enjoyed learning about {{companyName}}, and I'd be glad to be considered for future roles that fit. I hope our paths cross again.

All the best,
{{myName}}`,
  },
};

/** What to do and what not to, shown beside the composer. */
export const messageGuidance: Record<MessageKind, readonly MessageGuidance[]> = {
  feedback_request: [
    { type: "do", text: "Send it to whoever gave you the news, within a few days of hearing." },
    { type: "do", text: "Thank them, and accept the decision." },
    { type: "do", text: "Frame the ask as growth: what would help you get better." },
    { type: "do", text: "Ask a bounded question, such as three things to keep and three to change." },
    { type: "do", text: "Ask to be considered for future roles." },
    { type: "dont", text: "Don't ask how you compared with the person they hired." },
    { type: "dont", text: "Don't argue with the decision or ask them to reconsider." },
    {
      type: "do",
      text: "Expect silence, and don't read it as a verdict: most candidates never receive feedback (about 71% in North America, 2022 benchmark).",
    },
  ],
  thank_you: [
    { type: "do", text: "Send it within 24 hours of the interview." },
    { type: "do", text: "Write one note per interviewer, not one for the whole panel." },
    { type: "do", text: "Mention a specific moment from your conversation with them." },
    { type: "dont", text: "Don't send everyone the same note." },
  ],
  follow_up: [
    {
      type: "do",
      text: "Wait at least 5 business days after applying or your last contact, or 1–2 business days after a date they promised.",
    },
    { type: "do", text: "Keep it short and friendly, and say you're still interested." },
    { type: "dont", text: "Don't send more than two follow-ups, and leave a week between them." },
  ],
  acceptance: [
    { type: "do", text: "Thank them for their time and accept the decision gracefully." },
    { type: "do", text: "Say you'd be glad to be considered for future roles." },
    { type: "dont", text: "Don't ask them to reconsider, or how you compared with the hire." },
  ],
};
