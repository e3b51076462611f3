import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/** The application's own messages, in English; `fr.ts` has the same keys. */
export const appMessages = {
  app: {
    title: 'Pilot Tracker',
    auth: {
      email: 'Email',
      subtitle: 'Sign in to follow your pilots',
      deactivated: 'This account is deactivated: ask an administrator',
      wrong_credentials: 'Wrong email or password',
      too_many_attempts: 'Too many failed attempts: try again in 15 minutes',
    },
    roles: { admin: 'Administrator', manager: 'Project manager', executive: 'Executive', trainer: 'Trainer' },
    audit: {
      actions: {
        create: 'Created',
        update: 'Changed',
        delete: 'Deleted',
        login: 'Signed in',
        logout: 'Signed out',
        'login-failed': 'Failed sign-in',
      },
      sign_in_resource: 'Sign-in',
      history: 'History of changes',
      system: 'System',
      empty: 'No change recorded yet',
    },
    users: {
      new_password: 'New password',
      new_password_help: 'Leave empty to keep the current password; a new one signs the user out everywhere',
      password_help: 'At least 12 characters',
    },
    validation: { password_length: 'At least 12 characters', end_before_start: 'Must not be before the start date' },
    choices: {
      stage: { proposed: 'Proposed', running: 'Running', evaluating: 'Evaluating', generalized: 'Generalized', stopped: 'Stopped' },
      category: {
        'document-management': 'Document management',
        collaboration: 'Collaboration platform',
        'mobile-app': 'Mobile app',
        'online-procedure': 'Online procedure',
        'e-payment': 'E-payment',
        'agent-portal': "Agents' portal",
        'open-data': 'Open data',
        other: 'Other',
      },
    },
  },
  resources: {
    pilots: {
      name: 'Pilot |||| Pilots',
      fields: {
        name: 'Name',
        summary: 'Summary',
        category: 'Category',
        department: 'Department',
        region: 'Region',
        ownerId: 'Owner',
        stage: 'Stage',
        startDate: 'Start date',
        endDate: 'End date',
        budget: 'Budget',
        targetUsers: 'Target users',
        published: 'Published',
      },
    },
    kpis: {
      name: 'KPI |||| KPIs',
      fields: { pilotId: 'Pilot', name: 'Name', kind: 'Kind', unit: 'Unit', direction: 'Direction', baseline: 'Baseline', target: 'Target' },
    },
    measurements: {
      name: 'Measurement |||| Measurements',
      fields: { kpiId: 'KPI', pilotId: 'Pilot', date: 'Date', value: 'Value', note: 'Note' },
    },
    trainings: {
      name: 'Training |||| Trainings',
      fields: {
        pilotId: 'Pilot',
        title: 'Title',
        date: 'Date',
        trainerId: 'Trainer',
        format: 'Format',
        durationHours: 'Duration (hours)',
        participants: 'Participants',
        completed: 'Completed',
        satisfaction: 'Satisfaction',
      },
    },
    feedback: {
      name: 'Feedback |||| Feedback',
      fields: { pilotId: 'Pilot', date: 'Date', stakeholder: 'Stakeholder', rating: 'Rating', comment: 'Comment', status: 'Status' },
    },
    decisions: {
      name: 'Decision |||| Decisions',
      fields: { pilotId: 'Pilot', date: 'Date', decision: 'Decision', rationale: 'Rationale', decidedBy: 'Decided by', newEndDate: 'New end date' },
    },
    scorecards: {
      name: 'Scorecard |||| Scorecards',
      fields: {
        pilotId: 'Pilot',
        adoptionRate: 'Adoption',
        kpiAttainment: 'KPI attainment',
        trainingCoverage: 'Training coverage',
        satisfaction: 'Satisfaction',
        readiness: 'Readiness',
        recommendation: 'Recommendation',
        dataPoints: 'Data points',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: { email: 'Email', fullName: 'Full name', role: 'Role', active: 'Active', password: 'Password' },
    },
    audit: {
      name: 'Activity |||| Activity',
      fields: { at: 'When', userId: 'Who', action: 'Action', resource: 'Resource', recordId: 'Record', changes: 'Changes', email: 'Email', at_gte: 'From', at_lte: 'To' },
    },
  },
};

export const en: TranslationMessages = { ...englishMessages, ...appMessages };
