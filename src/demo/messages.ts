// When the demo organisation is and is not loaded, in English and French.
import type { Catalogue } from '../core/i18n';

export const demoMessages = {
  'demo.production': {
    en: 'The demo organisation has published passwords: it is never loaded when NODE_ENV=production.',
    fr: 'L’organisation de démonstration a des mots de passe publiés : elle n’est jamais chargée quand NODE_ENV=production.',
  },
  'demo.has_users': {
    en: 'This database has users of its own ({users}): the demo organisation, with its published passwords, is never loaded beside them.',
    fr: 'Cette base a ses propres utilisateurs ({users}) : l’organisation de démonstration, avec ses mots de passe publiés, n’est jamais chargée à côté d’eux.',
  },
  'demo.env_invalid': {
    en: 'VIGIE_DEMO must be 1 or 0 (it is "{value}").',
    fr: 'VIGIE_DEMO doit valoir 1 ou 0 (il vaut « {value} »).',
  },
  'start.demo_skipped.postgres': {
    en: 'PostgreSQL database: the demo organisation is loaded only when asked (vigie start --demo, or VIGIE_DEMO=1).',
    fr: 'Base PostgreSQL : l’organisation de démonstration n’est chargée que sur demande (vigie start --demo, ou VIGIE_DEMO=1).',
  },
  'start.demo_skipped.production': {
    en: 'Production (NODE_ENV=production): the demo organisation is not loaded.',
    fr: 'Production (NODE_ENV=production) : l’organisation de démonstration n’est pas chargée.',
  },
  'start.demo_skipped.has_users': {
    en: 'This database has users: the demo organisation is not loaded.',
    fr: 'Cette base a des utilisateurs : l’organisation de démonstration n’est pas chargée.',
  },
} satisfies Catalogue;
