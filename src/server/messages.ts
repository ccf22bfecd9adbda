// What the server says about its own running (configuration, shutdown), in English and French.
import type { Catalogue } from '../core/i18n';

export const serverMessages = {
  'config.log_level': {
    en: 'VIGIE_LOG_LEVEL must be one of {allowed} (it is "{value}").',
    fr: 'VIGIE_LOG_LEVEL doit valoir l’une de ces valeurs : {allowed} (il vaut « {value} »).',
  },
  'config.log_format': {
    en: 'VIGIE_LOG_FORMAT must be json or text (it is "{value}").',
    fr: 'VIGIE_LOG_FORMAT doit valoir json ou text (il vaut « {value} »).',
  },
  'config.shutdown_timeout': {
    en: 'VIGIE_SHUTDOWN_TIMEOUT must be a whole number of seconds from 0 to 3600 (it is "{value}").',
    fr: 'VIGIE_SHUTDOWN_TIMEOUT doit être un nombre entier de secondes de 0 à 3600 (il vaut « {value} »).',
  },
  'imports.shutting_down': {
    en: 'The server is shutting down: start the import again in a moment.',
    fr: 'Le serveur s’arrête : relancez l’import dans un instant.',
  },
  'start.stopping': {
    en: 'Stopping: no new connections. Imports still running: {imports}; waiting for them {seconds} s at most…',
    fr: 'Arrêt : plus de nouvelles connexions. Imports en cours : {imports} ; attente de leur fin pendant {seconds} s au plus…',
  },
  'start.stopped': {
    en: 'Stopped.',
    fr: 'Arrêté.',
  },
  'start.stopped_abandoned': {
    en: 'Stopped before the end of the running imports ({imports}): nothing of them was stored; start them again.',
    fr: 'Arrêté avant la fin des imports en cours ({imports}) : rien n’en a été enregistré ; relancez-les.',
  },
} satisfies Catalogue;
