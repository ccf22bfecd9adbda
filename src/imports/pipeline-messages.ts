// What the import pipeline says, in English and French (readers keep their own catalogues).
import type { Catalogue } from '../core/i18n';

export const pipelineMessages = {
  'imports.presence_not_found': {
    en: 'No presence with id {id}.',
    fr: 'Aucune présence ne porte l’identifiant {id}.',
  },
  'imports.presence_platform_mismatch': {
    en: '{file} is a {platform} export, but presence {id} is on {presencePlatform}.',
    fr: '{file} est un export {platform}, mais la présence {id} est sur {presencePlatform}.',
  },
  'imports.presence_unknown': {
    en: '{file} does not say which account it belongs to: name the presence with --presence ID.',
    fr: '{file} n’indique pas à quel compte il appartient : désignez la présence avec --presence ID.',
  },
  'imports.presence_created_reason': {
    en: 'Created by the import of {file}: the account was not in the inventory.',
    fr: 'Créée par l’import de {file} : le compte ne figurait pas dans l’inventaire.',
  },
} satisfies Catalogue;
