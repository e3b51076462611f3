/** Hand-written material for realistic demo data: pilots, people and what they say. */
import type { PilotCategory, Role, Stakeholder } from '../../src/domain/types';

export interface PilotIdea {
  name: string;
  summary: string;
  category: PilotCategory;
  department: string;
  targetUsers: number;
}

export const PILOT_IDEAS: readonly PilotIdea[] = [
  { name: 'Paperless civil registry', summary: 'Electronic document management for birth, marriage and death certificates, with scanning of the archive since 1990.', category: 'document-management', department: 'Civil registry', targetUsers: 180 },
  { name: 'Council deliberations e-filing', summary: 'Drafting, signing and archiving council deliberations in one electronic workflow.', category: 'document-management', department: 'Legal affairs', targetUsers: 120 },
  { name: 'Digital mail room', summary: 'Incoming mail scanned, indexed and routed to services the same day.', category: 'document-management', department: 'General secretariat', targetUsers: 450 },
  { name: 'Building permit file digitisation', summary: 'Electronic case files for planning applications, shared between instructors and architects.', category: 'document-management', department: 'Urban planning', targetUsers: 90 },
  { name: 'Inter-service collaboration space', summary: 'Shared workspaces, chat and co-editing for cross-department projects.', category: 'collaboration', department: 'IT department', targetUsers: 1200 },
  { name: 'Regional health network workspace', summary: 'A collaboration platform linking the regional health agency with hospitals and municipalities.', category: 'collaboration', department: 'Social services', targetUsers: 600 },
  { name: 'School catering co-ordination board', summary: 'Menus, orders and allergy notices shared between schools and the central kitchen.', category: 'collaboration', department: 'Education', targetUsers: 240 },
  { name: 'Report-a-problem street app', summary: 'Residents photograph potholes, graffiti or broken lights; crews receive geolocated requests.', category: 'mobile-app', department: 'Roads and mobility', targetUsers: 15000 },
  { name: 'Field inspectors mobile app', summary: 'Hygiene and safety inspectors fill in reports on a tablet, offline if needed.', category: 'mobile-app', department: 'Public health', targetUsers: 140 },
  { name: 'Library in your pocket', summary: 'Mobile app for loans, reservations and digital library cards.', category: 'mobile-app', department: 'Culture and sport', targetUsers: 22000 },
  { name: 'Online civil status certificates', summary: 'Request birth and marriage certificate extracts online, delivered by post or e-mail.', category: 'online-procedure', department: 'Civil registry', targetUsers: 30000 },
  { name: 'School enrolment online', summary: 'Enrol children in public schools and after-school care without visiting the town hall.', category: 'online-procedure', department: 'Education', targetUsers: 8000 },
  { name: 'Housing benefit e-application', summary: 'Apply for social housing and track the file online, with supporting documents uploaded.', category: 'online-procedure', department: 'Social services', targetUsers: 12000 },
  { name: 'Business licence teleprocedure', summary: 'Terrace, market-stall and late-opening licences requested and granted online.', category: 'online-procedure', department: 'Economic development', targetUsers: 2500 },
  { name: 'Online pay for water bills', summary: 'Card and direct-debit payment of water bills, with e-bills instead of paper.', category: 'e-payment', department: 'Finance', targetUsers: 40000 },
  { name: 'Parking fines e-payment', summary: 'Pay parking fines online or by phone within the reduced-rate period.', category: 'e-payment', department: 'Finance', targetUsers: 25000 },
  { name: 'Nursery fees online', summary: 'Monthly fees of municipal crèches paid online, with automatic reminders.', category: 'e-payment', department: 'Early childhood', targetUsers: 3500 },
  { name: 'Sports facilities booking and payment', summary: 'Book gyms, pitches and swimming lanes and pay online.', category: 'e-payment', department: 'Culture and sport', targetUsers: 9000 },
  { name: 'Agents\' personal portal', summary: 'Payslips, leave requests and training schedule in one personal space for every agent.', category: 'agent-portal', department: 'Human resources', targetUsers: 3200 },
  { name: 'Staff directory and memos intranet', summary: 'A searchable directory of agents and the memos of every department.', category: 'agent-portal', department: 'Communication', targetUsers: 3200 },
  { name: 'Training catalogue self-service', summary: 'Agents browse, request and evaluate training courses online.', category: 'agent-portal', department: 'Human resources', targetUsers: 2800 },
  { name: 'Open budget data portal', summary: 'The budget and its execution published as open data with visualisations.', category: 'open-data', department: 'Finance', targetUsers: 5000 },
  { name: 'Public transport open data', summary: 'Timetables and real-time positions published for re-use by app makers.', category: 'open-data', department: 'Roads and mobility', targetUsers: 400 },
  { name: 'Air quality open sensors', summary: 'Data from 60 low-cost sensors published every hour, with an API.', category: 'open-data', department: 'Environment', targetUsers: 1500 },
  { name: 'Public procurement data hub', summary: 'Contracts and tenders published in the common data standard.', category: 'open-data', department: 'Legal affairs', targetUsers: 800 },
  { name: 'Citizen appointment scheduler', summary: 'Book an appointment for passports and ID cards online, with SMS reminders.', category: 'online-procedure', department: 'Civil registry', targetUsers: 18000 },
  { name: 'Waste collection reminders', summary: 'Collection calendars and bulky-waste pick-up requests on the web and by SMS.', category: 'other', department: 'Environment', targetUsers: 20000 },
  { name: 'Chatbot for town-hall questions', summary: 'A conversational assistant answering the 200 most frequent questions, with hand-over to an agent.', category: 'other', department: 'Citizen relations', targetUsers: 35000 },
  { name: 'Electronic signature for contracts', summary: 'Qualified e-signature for contracts and purchase orders.', category: 'document-management', department: 'Finance', targetUsers: 300 },
  { name: 'Elected officials\' tablet sessions', summary: 'Council papers on tablets instead of printed packs.', category: 'collaboration', department: 'General secretariat', targetUsers: 69 },
];

export const REGIONS = [
  'Île-de-France',
  'Auvergne-Rhône-Alpes',
  'Occitanie',
  'Nouvelle-Aquitaine',
  'Hauts-de-France',
  'Grand Est',
  'Bretagne',
  'Provence-Alpes-Côte d\'Azur',
  'Normandie',
  'Pays de la Loire',
] as const;

export const PLACES = ['Lyon', 'Rennes', 'Lille', 'Nantes', 'Toulouse', 'Bordeaux', 'Strasbourg', 'Rouen', 'Marseille', 'Montpellier', 'Dijon', 'Grenoble'] as const;

/** The password of every demo account (see the README). */
export const DEMO_PASSWORD = 'demo-password';

export interface Person {
  email: string;
  fullName: string;
  role: Role;
}

export const PEOPLE: readonly Person[] = [
  { email: 'admin@example.org', fullName: 'Alice Martin', role: 'admin' },
  { email: 'manager@example.org', fullName: 'Mehdi Benali', role: 'manager' },
  { email: 'executive@example.org', fullName: 'Claire Dubois', role: 'executive' },
  { email: 'trainer@example.org', fullName: 'Thomas Leroy', role: 'trainer' },
  { email: 'sophie.moreau@example.org', fullName: 'Sophie Moreau', role: 'manager' },
  { email: 'julien.petit@example.org', fullName: 'Julien Petit', role: 'manager' },
  { email: 'nadia.haddad@example.org', fullName: 'Nadia Haddad', role: 'manager' },
  { email: 'pierre.lambert@example.org', fullName: 'Pierre Lambert', role: 'manager' },
  { email: 'isabelle.fontaine@example.org', fullName: 'Isabelle Fontaine', role: 'executive' },
  { email: 'marc.garnier@example.org', fullName: 'Marc Garnier', role: 'executive' },
  { email: 'lea.rousseau@example.org', fullName: 'Léa Rousseau', role: 'trainer' },
  { email: 'karim.cherif@example.org', fullName: 'Karim Chérif', role: 'trainer' },
];

export const TRAINING_TITLES = [
  'Getting started',
  'Everyday use for front-desk agents',
  'Advanced features for power users',
  'Administration and settings',
  'Helping users online (assisted digital)',
  'Refresher session',
] as const;

export const COMMENTS: Record<'good' | 'mixed' | 'bad', Partial<Record<Stakeholder, readonly string[]>> & { any: readonly string[] }> = {
  good: {
    agent: ['Saves me at least an hour a day on filing.', 'Much easier than the old forms; colleagues asked to join.'],
    citizen: ['Done in five minutes from my sofa, thank you!', 'Clear and quick, I got the confirmation straight away.'],
    manager: ['The team processes requests faster and with fewer errors.', 'Dashboards finally show us where files get stuck.'],
    'elected-official': ['Residents tell me they like the new service.'],
    any: ['Works well, keep going.', 'A real improvement for everyone involved.'],
  },
  mixed: {
    agent: ['Useful, but the search is slow in the afternoon.', 'Good tool, the training came a bit late.'],
    citizen: ['It worked, but I had to call to understand one step.', 'Fine on a computer, awkward on my phone.'],
    manager: ['Adoption is uneven between teams.'],
    any: ['Promising, needs some polishing.', 'Some steps are still duplicated on paper.'],
  },
  bad: {
    agent: ['I still have to print everything for my manager.', 'Crashes when attaching large scans.'],
    citizen: ['Could not finish: the page kept timing out.', 'Too many questions, I gave up and went to the counter.'],
    manager: ['Little use so far, the old process is still preferred.'],
    any: ['Not ready for everyone yet.', 'Hard to use without help.'],
  },
};
