// What the registry says to people, in English and French.
import type { Catalogue } from '../core/i18n';

export const registryMessages = {
  'presence.not_found': {
    en: 'No presence with id {id}.',
    fr: 'Aucune présence ne porte l’identifiant {id}.',
  },
  'presence.unresolvable': {
    en: 'Cannot tell which platform and account "{input}" is: give a profile URL, or a platform and a handle.',
    fr: 'Impossible de savoir à quelle plateforme et à quel compte correspond « {input} » : indiquez l’URL du profil, ou une plateforme et un identifiant.',
  },
  'presence.unknown_platform': {
    en: 'Unknown platform "{platform}". See `vigie platforms list`.',
    fr: 'Plateforme inconnue « {platform} ». Voir `vigie platforms list`.',
  },
  'presence.duplicate': {
    en: 'This presence is already in the registry: {platform} {handle} (id {id}).',
    fr: 'Cette présence figure déjà dans l’inventaire : {platform} {handle} (identifiant {id}).',
  },
  'unit.not_found': { en: 'No unit with id {id}.', fr: 'Aucune entité ne porte l’identifiant {id}.' },
  'unit.not_found_name': { en: 'No unit named "{name}".', fr: 'Aucune entité ne s’appelle « {name} ».' },
  'unit.duplicate': {
    en: 'A unit named "{name}" already exists.',
    fr: 'Une entité nommée « {name} » existe déjà.',
  },
  'unit.alias_taken': {
    en: '"{alias}" already names the unit "{unit}": a name read in an inventory must mean one unit.',
    fr: '« {alias} » désigne déjà l’entité « {unit} » : un nom lu dans un inventaire doit désigner une seule entité.',
  },
  'unit.name_is_alias': {
    en: '"{name}" is another name of the unit "{unit}": remove it from that unit first.',
    fr: '« {name} » est un autre nom de l’entité « {unit} » : retirez-le d’abord de cette entité.',
  },
  'unit.cycle': {
    en: 'A unit cannot be placed under itself or under one of its own sub-units.',
    fr: 'Une entité ne peut pas être rattachée à elle-même ni à l’une de ses sous-entités.',
  },
  'unit.not_empty': {
    en: 'Unit "{name}" is not empty (presences: {presences}, sub-units: {children}, people: {people}): move them first.',
    fr: 'L’entité « {name} » n’est pas vide (présences : {presences}, sous-entités : {children}, personnes : {people}) : déplacez-les d’abord.',
  },
  'custody.self_assign': {
    en: 'Nobody may make themselves the custodian of a presence’s credentials: another administrator or unit manager must.',
    fr: 'Personne ne peut se désigner soi-même détenteur des accès d’une présence : un autre administrateur ou responsable d’entité doit le faire.',
  },
  'person.not_found': { en: 'No person with id {id}.', fr: 'Aucune personne ne porte l’identifiant {id}.' },
  'person.duplicate_email': {
    en: 'Someone already has the e-mail address {email}.',
    fr: 'L’adresse e-mail {email} est déjà attribuée à une autre personne.',
  },
  'bulk.unknown_ids': {
    en: 'These presences do not exist: {ids}. Nothing was changed.',
    fr: 'Ces présences n’existent pas : {ids}. Rien n’a été modifié.',
  },
  'inventory.invalid_rows': {
    en: {
      one: '{file}: {count} invalid row; nothing was imported. Fix it, or import the valid rows with --skip-invalid.',
      other:
        '{file}: {count} invalid rows; nothing was imported. Fix them, or import the valid rows with --skip-invalid.',
    },
    fr: {
      one: '{file} : {count} ligne invalide ; rien n’a été importé. Corrigez-la, ou importez les lignes valides avec --skip-invalid.',
      other:
        '{file} : {count} lignes invalides ; rien n’a été importé. Corrigez-les, ou importez les lignes valides avec --skip-invalid.',
      many: '{file} : {count} de lignes invalides ; rien n’a été importé. Corrigez-les, ou importez les lignes valides avec --skip-invalid.',
    },
  },
  'inventory.unit_required': {
    en: 'Unit "{name}" given with --unit does not exist and will be created.',
    fr: 'L’entité « {name} » indiquée avec --unit n’existe pas : elle sera créée.',
  },
  'inventory.conflicting_values': {
    en: 'Line {line} repeats the presence of line {first} with a different {field} ("{value}" instead of "{kept}"): the first value is kept.',
    fr: 'La ligne {line} répète la présence de la ligne {first} avec une autre valeur pour « {field} » (« {value} » au lieu de « {kept} ») : la première valeur est conservée.',
  },
  'demo.loaded': {
    en: 'Demo organisation loaded: {presences} presences.',
    fr: 'Organisation de démonstration chargée : {presences} présences.',
  },
  'demo.not_empty': {
    en: 'The registry is not empty ({presences} presences): use --reset to replace it with the demo organisation.',
    fr: 'L’inventaire n’est pas vide ({presences} présences) : utilisez --reset pour le remplacer par l’organisation de démonstration.',
  },
  'presence.stale': {
    en: 'This presence was changed after you opened it (version {seen}, now {current}): your edit was not saved. Reload it to see what changed, then apply your changes again.',
    fr: 'Cette présence a été modifiée après que vous l’avez ouverte (version {seen}, désormais {current}) : votre modification n’a pas été enregistrée. Rechargez-la pour voir ce qui a changé, puis appliquez à nouveau vos modifications.',
  },
  'unit.stale': {
    en: 'This unit was changed after you opened it (version {seen}, now {current}): your edit was not saved. Reload it, then apply your changes again.',
    fr: 'Cette entité a été modifiée après que vous l’avez ouverte (version {seen}, désormais {current}) : votre modification n’a pas été enregistrée. Rechargez-la, puis appliquez à nouveau vos modifications.',
  },
  'person.stale': {
    en: 'This person’s record was changed after you opened it (version {seen}, now {current}): your edit was not saved. Reload it, then apply your changes again.',
    fr: 'La fiche de cette personne a été modifiée après que vous l’avez ouverte (version {seen}, désormais {current}) : votre modification n’a pas été enregistrée. Rechargez-la, puis appliquez à nouveau vos modifications.',
  },
  'record.changed_field': {
    en: '{label}: “{seen}” when you opened it, now “{current}”, changed by {actor} on {at}.',
    fr: '{label} : « {seen} » à l’ouverture, désormais « {current} », modifié par {actor} le {at}.',
  },
  'bulk.stale': {
    en: 'Some of the selected presences were changed after you selected them: nothing was changed. Reload the list, check them, and apply the edit again.',
    fr: 'Certaines des présences choisies ont été modifiées après votre sélection : rien n’a été modifié. Rechargez la liste, vérifiez-les, puis appliquez à nouveau la modification.',
  },
  'bulk.changed_presence': {
    en: '{name} (id {id}): changed by {actor} on {at}.',
    fr: '{name} (identifiant {id}) : modifiée par {actor} le {at}.',
  },
  // Undoing a bulk edit (src/registry/undo.ts)
  'bulk.not_found': {
    en: 'No bulk edit "{batch}" can be undone: it changed nothing, or it was made before Vigie kept what undoing needs.',
    fr: 'Aucune modification groupée « {batch} » ne peut être annulée : elle n’a rien modifié, ou elle date d’avant que Vigie conserve ce qu’une annulation demande.',
  },
  'bulk.already_undone': {
    en: 'This bulk edit was already undone, by {actor} on {at}.',
    fr: 'Cette modification groupée a déjà été annulée, par {actor} le {at}.',
  },
  'bulk.undo_changed': {
    en: {
      one: 'This bulk edit cannot be undone: {count} of its presences was changed since, and undoing would overwrite that change. Nothing was changed. {list}',
      other:
        'This bulk edit cannot be undone: {count} of its presences were changed since, and undoing would overwrite those changes. Nothing was changed. {list}',
    },
    fr: {
      one: 'Cette modification groupée ne peut pas être annulée : {count} de ses présences a été modifiée depuis, et l’annulation écraserait cette modification. Rien n’a été modifié. {list}',
      other:
        'Cette modification groupée ne peut pas être annulée : {count} de ses présences ont été modifiées depuis, et l’annulation écraserait ces modifications. Rien n’a été modifié. {list}',
      many: 'Cette modification groupée ne peut pas être annulée : {count} de ses présences ont été modifiées depuis, et l’annulation écraserait ces modifications. Rien n’a été modifié. {list}',
    },
  },
  'undo.changed_presence': {
    en: '{name} (id {id}): changed by {actor} on {at} ({fields}).',
    fr: '{name} (identifiant {id}) : modifiée par {actor} le {at} ({fields}).',
  },
  'undo.deleted_presence': {
    en: '{name} (id {id}): deleted by {actor} on {at}.',
    fr: '{name} (identifiant {id}) : supprimée par {actor} le {at}.',
  },
  'undo.more': {
    en: { one: '… and {count} more.', other: '… and {count} more.' },
    fr: { one: '… et {count} autre.', other: '… et {count} autres.', many: '… et {count} d’autres.' },
  },
  'status.discovered': { en: 'discovered', fr: 'découverte' },
  'status.active': { en: 'active', fr: 'active' },
  'status.dormant': { en: 'dormant', fr: 'en sommeil' },
  'status.abandoned': { en: 'abandoned', fr: 'abandonnée' },
  'status.closing': { en: 'closing', fr: 'en cours de fermeture' },
  'status.redirecting': { en: 'redirecting', fr: 'en redirection' },
  'status.closed': { en: 'closed', fr: 'fermée' },
  'status.archived': { en: 'archived', fr: 'archivée' },
} satisfies Catalogue;
