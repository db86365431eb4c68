import type { DemoPrep } from "./demo-types.ts";

/**
 * Maya's interview prep, in her own voice: the case for her, the stories she'll tell (STAR),
 * what she wants to ask, what she found out, and one thing to practise each time.
 */

export const fernleafScreenPrep: DemoPrep = {
  caseForMe: `Four years of research with patients **and** the clinic staff around them — the two sides of Fernleaf's patient journey. I've done it in a regulated setting, with consent forms that people actually understand.`,
  talkingPoints: `- The diary study that changed a roadmap (keep it to two minutes here; the long version is for the case).
- Why Fernleaf: a team that acts on findings, and a product my mum would use.`,
  questions: `- How big is the research team, and how is it spread across the product areas?
- What does the process look like from here, and when would I hear back?`,
  research: `- Fernleaf's patient app: 4.6 stars, most complaints about appointment reminders.
- Series B last spring; hiring across product and research.`,
  learningGoal: "Say my salary range out loud, first, without apologising for it.",
};

export const fernleafCasePrep: DemoPrep = {
  caseForMe: `**Why me, in three lines**

- I research with patients *and* the clinic staff around them, so I see the whole journey, not half of it.
- My diary study with 24 people living with chronic pain changed a roadmap: the team dropped a feature we'd all assumed was wanted and built the reminder flow instead.
- I make research easy to use: one-page readouts, a shared insight library, and engineers in the room for sessions.`,
  talkingPoints: `**Diary study → roadmap change**

- *Situation:* the team was about to build symptom charts because "patients asked for data".
- *Task:* find out what people actually did with their symptoms between appointments.
- *Action:* a three-week diary study with 24 participants, then six follow-up interviews; synthesis with the PM and two engineers.
- *Result:* charts were shelved; the reminder flow shipped instead and missed-dose reports dropped by a third.

**Clinic staff, under time pressure**

- *Situation:* nurses had ten spare minutes a shift, at best.
- *Action:* five-minute hallway interviews and a laminated card sort at the nurses' station.
- *Result:* 31 conversations in two weeks and a check-in screen that cut front-desk queues.

**When research was ignored** — and what I changed: I now bring one decision, not twenty findings.`,
  questions: `- Which decision is waiting on research right now?
- How do findings travel from your team to the product trios — and what gets lost on the way?
- What would make my first 90 days a success for you, Jonas?
- How do you recruit patients fairly, and pay them properly?`,
  research: `- Jonas's write-up "Diaries, not dashboards": he cares about method fit more than method purity.
- Amara owns the patient app; its reminders are the most-reviewed feature, good and bad.
- Team of six researchers across three product areas; they publish a quarterly insights digest.`,
  learningGoal:
    "Present the case in 20 minutes and leave real room for questions — then notice how I feel afterwards, not just how it went.",
};

export const tidewellManagerPrep: DemoPrep = {
  caseForMe: `Mixed methods, remote-first habits, and a real soft spot for climate work: I'd rather help people cut their energy bills than optimise checkout funnels.`,
  talkingPoints: `**Influencing a roadmap, story one (the diary study)**

- *Situation:* a feature everyone assumed was wanted. *Action:* diaries plus follow-ups, engineers at synthesis. *Result:* a different feature shipped, missed doses down by a third.

**Influencing a roadmap, story two (the pricing page)**

- *Situation:* sales wanted a comparison table. *Action:* ten moderated sessions, clips in the all-hands. *Result:* a simpler plan picker; support tickets about plans halved.`,
  questions: `- What does a four-day week mean for research cadence — and for recruiting participants?
- Where does research sit: in the product trios, or as a central team?
- What's the hardest question the product can't answer yet?`,
  research: `- Tidewell helps households shift energy use to cheaper, greener hours.
- Marta built the research practice from scratch; she's written about lightweight research ops.`,
  learningGoal: "Pause before answering. Two seconds of quiet is fine.",
};

export const marloweScreenPrep: DemoPrep = {
  caseForMe: `I've led research without the title: set up a participant panel, coached two juniors, ran the insight library. Marlowe's "lead" role would make that official.`,
  talkingPoints: `- The conference talk Oliver saw: diary studies with people who are tired and busy.
- Coaching: how I helped two junior researchers run their first studies alone.`,
  questions: `- Is the lead role hands-on, managing, or both?
- Who would I report to, and how big is the team today?
- Hybrid in London: how many days, and is there flexibility for someone coming from Berlin?`,
  research: `- Marlowe's learning app is used by adult learners studying in the evenings — very close to my diary-study work.`,
  learningGoal: "Ask about the salary band early instead of hoping it comes up.",
};

export const juniperPanelPrep: DemoPrep = {
  caseForMe: `Research-led service design: I map journeys from what people actually do, not from the org chart.`,
  talkingPoints: `- The clinic check-in service blueprint: front desk, nurses, patients, and the software in between.
- A workshop that went wrong (too many sticky notes, no decision) and how I run them now.`,
  questions: `- How much of the role is research, and how much is running workshops?
- Which journey would I start on?`,
  research: `- Ana says the team is eight service designers, mostly working on ticketing and accessibility.
- Lisbon's new contactless fares launched last year; reviews mention confusing transfers.`,
  learningGoal: "Notice whether the facilitation parts energise me or drain me — this decides whether to go on.",
};

export const orchardLeadPrep: DemoPrep = {
  caseForMe: `Mixed methods for public-interest tech: I've researched with people who don't trust institutions, and earned that trust slowly.`,
  talkingPoints: `- The clinic-staff hallway interviews: research that fits into people's real days.
- Publishing research openly: the insight library I made public inside the company.`,
  questions: `- How do you decide what to publish, and who reads it?
- What would the final round look like?`,
  research: `- Orchard publishes every research report; read the two on benefits applications.`,
  learningGoal: "Let my excitement show instead of playing it cool.",
};
