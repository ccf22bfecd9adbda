// What the import pipeline and the rollback of an import say, in English and French (readers keep
// their own catalogues).
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

  // Rolling back an import (rollback.ts)
  'imports.import_not_found': {
    en: 'No data import with id {id}.',
    fr: 'Aucun import de données ne porte l’identifiant {id}.',
  },
  'imports.already_rolled_back': {
    en: 'Import {id} ({file}) was already rolled back, by {actor} on {at}.',
    fr: 'L’import {id} ({file}) a déjà été annulé, par {actor} le {at}.',
  },
  'imports.rollback_updated': {
    en: {
      one: 'Import {id} ({file}) cannot be rolled back: it updated the counts of {count} post already stored, and Vigie does not keep the earlier counts. Nothing was changed.',
      other:
        'Import {id} ({file}) cannot be rolled back: it updated the counts of {count} posts already stored, and Vigie does not keep the earlier counts. Nothing was changed.',
    },
    fr: {
      one: 'L’import {id} ({file}) ne peut pas être annulé : il a mis à jour les compteurs de {count} publication déjà enregistrée, et Vigie ne conserve pas les compteurs précédents. Rien n’a été modifié.',
      other:
        'L’import {id} ({file}) ne peut pas être annulé : il a mis à jour les compteurs de {count} publications déjà enregistrées, et Vigie ne conserve pas les compteurs précédents. Rien n’a été modifié.',
      many: 'L’import {id} ({file}) ne peut pas être annulé : il a mis à jour les compteurs de {count} de publications déjà enregistrées, et Vigie ne conserve pas les compteurs précédents. Rien n’a été modifié.',
    },
  },
  'imports.rollback_metrics': {
    en: {
      one: 'Import {id} ({file}) cannot be rolled back: it filled in the metrics of {count} day already stored, and Vigie does not keep the earlier figures. Nothing was changed.',
      other:
        'Import {id} ({file}) cannot be rolled back: it filled in the metrics of {count} days already stored, and Vigie does not keep the earlier figures. Nothing was changed.',
    },
    fr: {
      one: 'L’import {id} ({file}) ne peut pas être annulé : il a complété les indicateurs de {count} jour déjà enregistré, et Vigie ne conserve pas les valeurs précédentes. Rien n’a été modifié.',
      other:
        'L’import {id} ({file}) ne peut pas être annulé : il a complété les indicateurs de {count} jours déjà enregistrés, et Vigie ne conserve pas les valeurs précédentes. Rien n’a été modifié.',
      many: 'L’import {id} ({file}) ne peut pas être annulé : il a complété les indicateurs de {count} de jours déjà enregistrés, et Vigie ne conserve pas les valeurs précédentes. Rien n’a été modifié.',
    },
  },
  'imports.rollback_metrics_unknown': {
    en: 'Import {id} ({file}) cannot be rolled back: it was made before Vigie counted the days of metrics an import fills in, and an earlier import of the same presence ({earlier}) brought metrics whose figures it may have replaced. Nothing was changed.',
    fr: 'L’import {id} ({file}) ne peut pas être annulé : il date d’avant que Vigie compte les jours d’indicateurs qu’un import complète, et un import antérieur de la même présence ({earlier}) a apporté des indicateurs dont il a pu remplacer les valeurs. Rien n’a été modifié.',
  },
  'imports.rollback_later': {
    en: 'Import {id} ({file}) cannot be rolled back before the later imports of the same presence: roll back {later} first. Nothing was changed.',
    fr: 'L’import {id} ({file}) ne peut pas être annulé avant les imports plus récents de la même présence : annulez d’abord {later}. Rien n’a été modifié.',
  },
  'imports.rollback_no_presence': {
    en: 'Import {id} ({file}) cannot be rolled back: the presence it was imported into was deleted since, and its data with it.',
    fr: 'L’import {id} ({file}) ne peut pas être annulé : la présence dans laquelle il a été importé a été supprimée depuis, et ses données avec elle.',
  },
  'imports.rollback_changed': {
    en: 'Import {id} ({file}) cannot be rolled back: the presence {name} was changed since ({fields}, by {actor} on {at}), and rolling back would overwrite that. Nothing was changed.',
    fr: 'L’import {id} ({file}) ne peut pas être annulé : la présence {name} a été modifiée depuis ({fields}, par {actor} le {at}), et l’annulation écraserait cette modification. Rien n’a été modifié.',
  },
} satisfies Catalogue;
