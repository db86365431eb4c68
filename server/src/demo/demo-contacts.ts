import type { DemoContact } from "./demo-types.ts";

/**
 * The people in Maya's search: recruiters, the hiring managers and panels who interviewed her,
 * and the friends who referred her. Applications and interviews name them; every name here is
 * used at least once (the seed checks both ways).
 */
// biome-ignore format: one person per entry reads as an address book
export const demoContacts: DemoContact[] = [
  {
    company: "Fernleaf Health", name: "Lena Hoffmann", role: "Talent Partner",
    email: "lena.hoffmann@fernleaf-health.example.com",
    notes: "Warm, replies within a day. Told me the research team's findings go straight into quarterly planning.",
  },
  {
    company: "Fernleaf Health", name: "Jonas Weber", role: "Head of Research",
    email: "jonas.weber@fernleaf-health.example.com",
    notes: "Hiring manager. Asks sharp, kind questions. Wrote 'Diaries, not dashboards' about studying clinic staff.",
  },
  {
    company: "Fernleaf Health", name: "Amara Okafor", role: "Product Lead, Patient App",
    notes: "On the case-presentation panel. Cares about reminder fatigue; ask her about the medication flow.",
  },
  {
    company: "Fernleaf Health", name: "Priya Raman", role: "Senior Product Designer",
    email: "priya.raman@fernleaf-health.example.com",
    notes: "Ex-colleague from the clinic-software days. Referred me — owe her a very good coffee.",
  },
  {
    company: "Tidewell", name: "Sanne de Vries", role: "Recruiter",
    email: "sanne@tidewell.example.com",
  },
  {
    company: "Tidewell", name: "Marta Kowalczyk", role: "Research Lead",
    notes: "Hiring manager. Built Tidewell's research practice from scratch two years ago.",
  },
  {
    company: "Marlowe Learning", name: "Oliver Grant", role: "Senior Recruiter",
    email: "oliver.grant@marlowe-learning.example.com",
    notes: "Reached out after my conference talk on diary studies.",
  },
  {
    company: "Juniper Transit", name: "Ana Ribeiro", role: "Service Designer",
    notes: "Friend from the bootcamp. Referred me; happy to talk about the team over lunch.",
  },
  {
    company: "Juniper Transit", name: "Tiago Mendes", role: "Service Design Lead",
    notes: "Leads the panel. Ana says he loves a good journey map and hates jargon.",
  },
  {
    company: "Copperkettle", name: "Tom Hale", role: "Recruiter",
    email: "tom.hale@copperkettle.example.com",
  },
  {
    company: "Copperkettle", name: "Rachel Adeyemi", role: "Director of Product",
    notes: "Hiring manager. Straightforward and kind — the best part of the process.",
  },
  { company: "Copperkettle", name: "Daniel Kerr", role: "VP Product" },
  {
    company: "Orchard Civic Tech", name: "Helga Brandt", role: "Research Lead",
    email: "helga@orchard-civic-tech.example.com",
    notes: "Publishes their research openly. Our hour felt like ten minutes.",
  },
  { company: "Wrenfield Council", name: "Gareth Lloyd", role: "Head of Service Design" },
  {
    company: "Saltmarsh Games", name: "Freya Lund", role: "Games User Research Lead",
    notes: "Showed me round the playtest lab. Said to apply again if a senior role opens.",
  },
];
