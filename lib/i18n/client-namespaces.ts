// The message namespaces each page's client code uses (beyond client-messages.tsx's base), by the page's
// folder under app/. client-namespaces.test.ts follows the imports and keeps this list exact.
const PROJECT_PAGE = [
  'blockerWork',
  'contactWork',
  'editConflict',
  'kinds',
  'milestoneForm',
  'milestoneStatus',
  'planValidation',
  'planWork',
  'project',
  'projectEdit',
  'projectForm',
  'projects',
  'stageWork',
  'stages',
  'supervisionWork',
  'supervisionValidation',
  'validation',
] as const;

export const CLIENT_NAMESPACES = {
  'admin/channels': ['channelValidation', 'channels', 'validation'],
  'admin/indicators': ['indicatorValidation', 'indicators', 'validation'],
  'admin/reminders': ['editConflict', 'reminderValidation', 'reminders', 'validation'],
  'admin/users': ['roles', 'userValidation', 'users', 'validation'],
  'admin/users/[id]': [
    'editConflict',
    'planValidation',
    'profile',
    'roles',
    'userValidation',
    'users',
    'validation',
  ],
  'blockers/[id]': ['attachments', 'blockerWork', 'validation'],
  campaigns: ['campaigns', 'milestoneForm', 'planValidation', 'stages', 'validation'],
  indicators: ['indicatorValidation', 'indicators', 'validation'],
  'indicators/zones/[id]/file': ['indicatorValidation', 'indicators', 'validation'],
  login: ['login', 'validation'],
  logout: ['validation'],
  my: ['notifications', 'validation'],
  notifications: ['notifications', 'validation'],
  'plan-requests': ['planWork', 'validation'],
  profile: ['editConflict', 'noticeSettings', 'planValidation', 'profile', 'userValidation', 'validation'],
  'projects/[id]': [...PROJECT_PAGE, 'dossier'],
  // The week's page takes the milestone editor from the project page's forms.
  'projects/[id]/week': [...PROJECT_PAGE, 'attachments', 'progressWork'],
  'projects/import': ['ledgerImport'],
  'projects/new': ['kinds', 'milestoneForm', 'project', 'projectForm', 'projects', 'stages', 'validation'],
  'reports/weekly': ['validation', 'weeklyReport'],
  'supervision/[id]': ['supervisionValidation', 'supervisionWork', 'validation'],
  weekly: ['validation', 'weeklyWork'],
} as const satisfies Record<string, readonly string[]>;

export type ClientRoute = keyof typeof CLIENT_NAMESPACES;
