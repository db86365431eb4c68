import type { ApplicationStage, InterviewFormat, InterviewKind, WorkMode } from "../db/schema/pipeline.ts";

/**
 * The demo account's story: Maya, a Berlin-based user researcher, three months into her search.
 * It carries the story Debrief is built from (PRODUCT.md): the Fernleaf Health role she badly
 * wants, two interviews that felt great, "not selected" a week later — and interviews for other
 * kinds of roles that left her "meh". The rest of her search is in demo-search.ts.
 * Every company is fictional. Days are relative to today: -1 is yesterday, 3 is in three days.
 */

export const demoProfile = {
  displayName: "Maya",
  roleFamilies: ["User research", "UX design", "Product management", "Service design"],
} as const;

export type DemoRoleFamily = (typeof demoProfile.roleFamilies)[number];
export type DemoSource = "referral" | "job board" | "recruiter" | "company site";

export interface DemoInterview {
  round: string;
  kind: InterviewKind;
  format: InterviewFormat;
  day: number;
  /** Wall-clock time in the application's zone, "HH:MM". */
  at: string;
  minutes: number;
  location?: string;
}

export interface DemoApplication {
  company: string;
  role: string;
  family: DemoRoleFamily;
  source: DemoSource;
  excitement: 1 | 2 | 3 | 4 | 5;
  salary: [min: number, max: number, currency: "EUR" | "GBP"];
  location: string;
  mode: WorkMode;
  /** Where the interviews are held (the interviewers' time zone). */
  zone?: string;
  tags: string[];
  notes?: string;
  /** The day each stage was entered; the order of the days is the order of the stages. */
  path: Partial<Record<ApplicationStage, number>>;
  interviews?: DemoInterview[];
}

/** The application the story is about; tests and screens can find it by these two fields. */
export const storyApplication = { company: "Fernleaf Health", role: "Senior User Researcher" } as const;

/** [name, industry, size band, notes] for every company in the search. */
// biome-ignore format: one company per line reads as a table
export const demoCompanies: [string, string, string, string][] = [
  ["Fernleaf Health", "Digital health", "201-500", "Research team of six under Jonas Weber. Priya, an ex-colleague, referred me."],
  ["Quillmark", "B2B software", "51-200", ""],
  ["Copperkettle", "Consumer fintech", "501-1000", "Recruiter: Tom Hale."],
  ["Brightwater Analytics", "Data platforms", "201-500", ""],
  ["Wrenfield Council", "Public sector", "1000+", "Digital services team, GDS-style."],
  ["Tidewell", "Climate tech", "51-200", "Four-day week. Remote-first across the EU."],
  ["Marlowe Learning", "EdTech", "201-500", ""],
  ["Juniper Transit", "Mobility", "501-1000", "Ana (friend from the bootcamp) works in their service design team."],
  ["Kestrel Labs", "Developer tools", "51-200", "US company hiring EU contractors."],
  ["Oakridge Insurance", "Insurance", "1000+", ""],
  ["Pebblestone Bank", "Banking", "1000+", ""],
  ["Saltmarsh Games", "Games", "51-200", "Has its own playtest lab."],
  ["Aster Grid Energy", "Energy", "201-500", ""],
  ["Plumtree Care", "Social care", "51-200", ""],
  ["Halcyon Freight", "Logistics", "501-1000", ""],
  ["Northgate Libraries", "Non-profit", "11-50", ""],
  ["Greyhaven Studios", "Agency", "11-50", ""],
  ["Velvet Orbit", "E-commerce", "201-500", ""],
  ["Cobalt Fjord", "Travel", "201-500", ""],
  ["Bramblecode", "B2B software", "11-50", ""],
  ["Lindqvist Studio", "Design consultancy", "11-50", ""],
  ["Harbor & Pine", "Retail", "501-1000", ""],
  ["Sparrowhill Housing", "Housing association", "201-500", ""],
  ["Ferrous Robotics", "Robotics", "51-200", ""],
  ["Ashgrove Pensions", "Financial services", "501-1000", ""],
  ["Mossway Travel", "Travel", "201-500", ""],
  ["Orchard Civic Tech", "Civic tech", "11-50", "Small research practice; they publish their research openly."],
  ["Starfield Maps", "Mapping", "201-500", ""],
  ["Hollybrook Health", "Digital health", "51-200", ""],
  ["Riverstone Mobility", "Mobility", "51-200", ""],
  ["Bluefinch Energy", "Energy", "201-500", ""],
  ["Lattice Commons", "Collaboration software", "51-200", ""],
  ["Paperlantern", "Accessibility tech", "11-50", ""],
  ["Wildflower Education", "EdTech", "51-200", ""],
  ["Ironbridge Rail", "Rail", "1000+", ""],
  ["Seabright Labs", "Health research", "51-200", ""],
  ["Moonwort Studio", "Service design agency", "11-50", ""],
  ["Kindred Ledger", "Fintech", "51-200", ""],
  ["Greenlight Grocers", "Grocery delivery", "501-1000", ""],
];

const storyNotes = [
  "The one I really want: mixed-methods research on patient journeys, a team that actually acts on findings.",
  "Prepared 'the case for me' around the diary study and the clinic-staff interviews.",
  "Recruiter screen: easy, warm, ran over time because we kept talking. Felt great.",
  "Case presentation: walked the panel through the diary study; Jonas asked sharp questions and I had answers. Came out excited and energized — I could have gone on for another hour.",
  "A week later: not selected. Ouch. Going to ask Jonas for feedback (three things to keep, three to change) and ask to be considered for future roles.",
].join("\n\n");

/**
 * The applications that carry the story: Fernleaf, the roles that energized her (research,
 * games research, civic tech, public services), the ones that left her "meh" (design and
 * product management), and the interviews coming up in the next two weeks.
 */
export const storyApplications: DemoApplication[] = [
  {
    company: "Fernleaf Health",
    role: "Senior User Researcher",
    family: "User research",
    source: "referral",
    excitement: 5,
    salary: [72_000, 85_000, "EUR"],
    location: "Berlin, Germany",
    mode: "hybrid",
    zone: "Europe/Berlin",
    tags: ["dream job", "health-tech", "mixed methods"],
    notes: storyNotes,
    path: { wishlist: -40, applied: -36, screening: -22, interviewing: -16, rejected: -2 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "video", day: -19, at: "10:30", minutes: 30 },
      {
        round: "Portfolio & case presentation",
        kind: "portfolio_presentation",
        format: "on_site",
        day: -9,
        at: "14:00",
        minutes: 90,
        location: "Fernleaf Health, 12 Example Allee, Berlin",
      },
    ],
  },
  {
    company: "Quillmark",
    role: "Senior Product Designer",
    family: "UX design",
    source: "job board",
    excitement: 2,
    salary: [68_000, 78_000, "EUR"],
    location: "Amsterdam, Netherlands",
    mode: "hybrid",
    zone: "Europe/Amsterdam",
    tags: ["b2b", "design systems"],
    notes:
      "Both calls went fine on paper and left me drained. An hour on pixel polish and component naming: meh. Withdrew to focus on research roles.",
    path: { applied: -70, screening: -60, interviewing: -52, withdrawn: -40 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "phone", day: -57, at: "11:00", minutes: 30 },
      { round: "Design critique", kind: "panel", format: "video", day: -47, at: "15:00", minutes: 60 },
    ],
  },
  {
    company: "Copperkettle",
    role: "Product Manager, Insights",
    family: "Product management",
    source: "recruiter",
    excitement: 3,
    salary: [70_000, 80_000, "GBP"],
    location: "London, UK",
    mode: "hybrid",
    zone: "Europe/London",
    tags: ["consumer", "fintech"],
    notes:
      "Offer: £76k. Kind people, a solid process — and every round left me exhausted and 'meh'. Roadmap trade-offs don't light me up the way research does. They want an answer by the end of next week.",
    path: { applied: -55, screening: -48, interviewing: -38, offer: -5 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "phone", day: -45, at: "09:30", minutes: 30 },
      { round: "Hiring manager", kind: "hiring_manager", format: "video", day: -35, at: "13:00", minutes: 45 },
      {
        round: "Product case",
        kind: "panel",
        format: "on_site",
        day: -28,
        at: "10:00",
        minutes: 90,
        location: "Copperkettle, 5 Example Yard, London",
      },
      { round: "Final with the VP Product", kind: "final", format: "video", day: -20, at: "16:00", minutes: 45 },
    ],
  },
  {
    company: "Brightwater Analytics",
    role: "Product Manager, Research Platform",
    family: "Product management",
    source: "job board",
    excitement: 3,
    salary: [75_000, 90_000, "EUR"],
    location: "Berlin, Germany",
    mode: "remote",
    zone: "Europe/Berlin",
    tags: ["b2b", "data"],
    notes: "Interviews felt flat — meh, and tired afterwards. Honestly not sad about the rejection.",
    path: { applied: -62, screening: -55, interviewing: -46, rejected: -30 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "video", day: -51, at: "10:00", minutes: 30 },
      { round: "Hiring manager", kind: "hiring_manager", format: "video", day: -41, at: "14:30", minutes: 45 },
    ],
  },
  {
    company: "Wrenfield Council",
    role: "Service Designer",
    family: "Service design",
    source: "company site",
    excitement: 4,
    salary: [48_000, 55_000, "GBP"],
    location: "Manchester, UK",
    mode: "remote",
    zone: "Europe/London",
    tags: ["public sector", "mission"],
    notes: "Panel was warm; public services matter to me. Energizing in parts. No word since the panel.",
    path: { applied: -50, screening: -42, interviewing: -36, ghosted: -6 },
    interviews: [{ round: "Panel interview", kind: "panel", format: "video", day: -31, at: "10:00", minutes: 60 }],
  },
  {
    company: "Tidewell",
    role: "User Researcher",
    family: "User research",
    source: "company site",
    excitement: 4,
    salary: [60_000, 70_000, "EUR"],
    location: "Amsterdam, Netherlands",
    mode: "remote",
    zone: "Europe/Amsterdam",
    tags: ["climate", "remote-first", "4-day week"],
    notes: "Recruiter screen felt easy and fun. Next: hiring manager. Prepare two stories about influencing a roadmap.",
    path: { wishlist: -30, applied: -25, screening: -12, interviewing: -4 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "video", day: -8, at: "11:00", minutes: 30 },
      { round: "Hiring manager", kind: "hiring_manager", format: "video", day: 3, at: "11:00", minutes: 45 },
    ],
  },
  {
    company: "Marlowe Learning",
    role: "Lead UX Researcher",
    family: "User research",
    source: "recruiter",
    excitement: 4,
    salary: [75_000, 85_000, "GBP"],
    location: "London, UK",
    mode: "hybrid",
    zone: "Europe/London",
    tags: ["edtech", "leadership"],
    notes: "Recruiter reached out on the back of my conference talk. Screen booked.",
    path: { applied: -21, screening: -10 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "phone", day: 2, at: "09:30", minutes: 30 },
    ],
  },
  {
    company: "Juniper Transit",
    role: "Service Designer",
    family: "Service design",
    source: "referral",
    excitement: 3,
    salary: [58_000, 66_000, "EUR"],
    location: "Lisbon, Portugal",
    mode: "hybrid",
    zone: "Europe/Lisbon",
    tags: ["mobility", "public transport"],
    notes: "Ana referred me. Screen was OK — more workshop facilitation than research. Curious how the panel feels.",
    path: { wishlist: -45, applied: -33, screening: -18, interviewing: -9 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "video", day: -15, at: "10:00", minutes: 30 },
      { round: "Panel interview", kind: "panel", format: "video", day: 8, at: "14:00", minutes: 60 },
    ],
  },
  {
    company: "Saltmarsh Games",
    role: "Games User Researcher",
    family: "User research",
    source: "company site",
    excitement: 4,
    salary: [50_000, 58_000, "GBP"],
    location: "Guildford, UK",
    mode: "on_site",
    zone: "Europe/London",
    tags: ["games", "playtesting"],
    notes:
      "Loved the playtest lab; the presentation was fun and energizing. They went with someone from the games industry.",
    path: { applied: -80, screening: -72, interviewing: -66, rejected: -54 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "video", day: -70, at: "11:30", minutes: 30 },
      {
        round: "Playtest analysis presentation",
        kind: "portfolio_presentation",
        format: "on_site",
        day: -58,
        at: "13:00",
        minutes: 120,
        location: "Saltmarsh Games, 3 Example Lane, Guildford",
      },
    ],
  },
  {
    company: "Halcyon Freight",
    role: "Product Manager",
    family: "Product management",
    source: "recruiter",
    excitement: 2,
    salary: [72_000, 82_000, "EUR"],
    location: "Rotterdam, Netherlands",
    mode: "hybrid",
    zone: "Europe/Amsterdam",
    tags: ["logistics"],
    notes: "Hiring manager round was all delivery metrics. Drained afterwards, and 'meh' about the whole thing.",
    path: { applied: -64, screening: -58, interviewing: -53, rejected: -43 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "phone", day: -56, at: "09:00", minutes: 30 },
      { round: "Hiring manager", kind: "hiring_manager", format: "video", day: -48, at: "15:30", minutes: 60 },
    ],
  },
  {
    company: "Orchard Civic Tech",
    role: "Senior User Researcher",
    family: "User research",
    source: "referral",
    excitement: 5,
    salary: [64_000, 72_000, "EUR"],
    location: "Berlin, Germany",
    mode: "remote",
    zone: "Europe/Berlin",
    tags: ["civic tech", "mission", "mixed methods"],
    notes:
      "Talking to their research lead felt like the Fernleaf interviews: energized, absorbed. Waiting to schedule the final.",
    path: { applied: -26, screening: -20, interviewing: -12 },
    interviews: [
      { round: "Recruiter screen", kind: "recruiter_screen", format: "video", day: -17, at: "09:30", minutes: 30 },
      { round: "Research lead", kind: "hiring_manager", format: "video", day: -6, at: "13:00", minutes: 60 },
    ],
  },
  {
    company: "Fernleaf Health",
    role: "User Researcher, Patient Experience",
    family: "User research",
    source: "company site",
    excitement: 4,
    salary: [62_000, 70_000, "EUR"],
    location: "Berlin, Germany",
    mode: "hybrid",
    tags: ["health-tech"],
    notes: "Posted yesterday. Wait for Jonas's feedback before applying, then mention what I learned.",
    path: { wishlist: -1 },
  },
];
