// What the `vigie` command says, in English and French: help texts and results.
import type { Catalogue } from '../core/i18n';

export const cliText = {
  'cli.error_prefix': { en: 'Error: ', fr: 'Erreur : ' },
  'cli.more_issues': { en: '… and {count} more.', fr: '… et {count} autres.' },
  'cli.description': {
    en: 'Vigie: inventory and governance of an organisation’s social-media presences.',
    fr: 'Vigie : inventaire et gouvernance des présences d’une organisation sur les médias sociaux.',
  },
  'opt.db': {
    en: 'database URL: sqlite:PATH or postgres://… (default: $VIGIE_DATABASE_URL or sqlite:./data/vigie.db)',
    fr: 'URL de la base : sqlite:CHEMIN ou postgres://… (par défaut : $VIGIE_DATABASE_URL ou sqlite:./data/vigie.db)',
  },
  'opt.lang': { en: 'language of messages: en or fr', fr: 'langue des messages : en ou fr' },
  'opt.as': {
    en: 'the Vigie user you act as (login; or VIGIE_AS): your role decides what you may do',
    fr: 'l’utilisateur Vigie au nom duquel vous agissez (identifiant ; ou VIGIE_AS) : votre rôle décide de ce que vous pouvez faire',
  },
  'opt.json': { en: 'print JSON for programs', fr: 'afficher du JSON pour les programmes' },
  'cmd.start': {
    en: 'migrate, load the demo organisation into an empty development database, serve the API and the web app',
    fr: 'migrer, charger l’organisation de démonstration dans une base de développement vide, servir l’API et l’application web',
  },
  'opt.port': {
    en: 'port to listen on (default 8080, or $VIGIE_PORT)',
    fr: 'port d’écoute (8080 par défaut, ou $VIGIE_PORT)',
  },
  'opt.host': {
    en: 'address to listen on (default 127.0.0.1)',
    fr: 'adresse d’écoute (127.0.0.1 par défaut)',
  },
  'opt.demo': {
    en: 'load the demo organisation into an empty database, PostgreSQL included (or VIGIE_DEMO=1; refused when NODE_ENV=production)',
    fr: 'charger l’organisation de démonstration dans une base vide, PostgreSQL compris (ou VIGIE_DEMO=1 ; refusé quand NODE_ENV=production)',
  },
  'opt.no_demo': {
    en: 'do not load the demo organisation (or VIGIE_DEMO=0)',
    fr: 'ne pas charger l’organisation de démonstration (ou VIGIE_DEMO=0)',
  },
  'start.demo_loaded': {
    en: 'Demo organisation “{name}” loaded: {presences} presences, {units} units, {people} people.',
    fr: 'Organisation de démonstration « {name} » chargée : {presences} présences, {units} entités, {people} personnes.',
  },
  'start.database': { en: 'Database: {target}', fr: 'Base de données : {target}' },
  'start.listening': {
    en: 'Vigie is running at {url}  (Ctrl+C to stop)',
    fr: 'Vigie est disponible sur {url}  (Ctrl+C pour arrêter)',
  },
  'start.building': {
    en: 'Building the web app (first start only)…',
    fr: 'Construction de l’application web (premier démarrage seulement)…',
  },
  'cmd.build_web': {
    en: 'build the web app into web/dist',
    fr: 'construire l’application web dans web/dist',
  },
  'cmd.demo': { en: 'load the demo organisation', fr: 'charger l’organisation de démonstration' },
  'opt.reset': {
    en: 'replace everything in the registry with the demo organisation',
    fr: 'remplacer tout le contenu de l’inventaire par l’organisation de démonstration',
  },
  'cmd.presences': { en: 'the registry of presences', fr: 'l’inventaire des présences' },
  'cmd.presences.import': {
    en: 'import an inventory file (CSV, XLSX or JSON), all or nothing',
    fr: 'importer un fichier d’inventaire (CSV, XLSX ou JSON), en tout ou rien',
  },
  'cmd.presences.values': {
    en: 'what inventories’ own words mean, remembered per source',
    fr: 'le sens des mots propres aux inventaires, mémorisé par source',
  },
  'cmd.presences.values.list': {
    en: 'list the remembered value mappings (all sources, or one)',
    fr: 'lister les correspondances de valeurs mémorisées (toutes les sources, ou une)',
  },
  'cmd.presences.values.forget': {
    en: 'forget one remembered value mapping: the next import of its source asks again',
    fr: 'oublier une correspondance mémorisée : le prochain import de sa source posera à nouveau la question',
  },
  'opt.values_source': {
    en: 'only this source (its name, as the import said it)',
    fr: 'seulement cette source (son nom, tel que l’import l’a indiqué)',
  },
  'opt.map': {
    en: 'map columns explicitly: "Header=field,…" (fields: {fields}), or "Header=platform" for a column of one platform’s accounts ("Compte X=x")',
    fr: 'associer explicitement des colonnes : "En-tête=champ,…" (champs : {fields}), ou "En-tête=plateforme" pour une colonne de comptes d’une plateforme ("Compte X=x")',
  },
  'opt.unit': { en: 'unit for rows that name none', fr: 'entité des lignes qui n’en indiquent pas' },
  'opt.values': {
    en: 'what the file\'s own words mean: "field:Value=meaning,…" (e.g. "language:Bilingual=fr/en,status:Dormant=dormant"; fields: {fields}); remembered for the source',
    fr: 'ce que signifient les mots du fichier : "champ:Valeur=signification,…" (par ex. "language:Bilingue=fr/en,status:Veille=dormant" ; champs : {fields}) ; retenu pour la source',
  },
  'opt.source': {
    en: 'name of the source the value mappings are remembered for (default: the file name without dates or versions)',
    fr: 'nom de la source pour laquelle les correspondances de valeurs sont retenues (par défaut : le nom du fichier sans dates ni versions)',
  },
  'import.values_mapped': {
    en: 'Values read through a mapping (source "{source}"):',
    fr: 'Valeurs lues grâce à une correspondance (source « {source} ») :',
  },
  'import.value_mapped': {
    en: '{field} "{value}" → {meaning} ({count} rows; {origin})',
    fr: '{field} « {value} » → {meaning} ({count} lignes ; {origin})',
  },
  'import.origin_given': { en: 'given now', fr: 'indiquée maintenant' },
  'import.origin_remembered': {
    en: 'remembered, set by {who} on {when}',
    fr: 'retenue, indiquée par {who} le {when}',
  },
  'import.mappings_remembered': {
    en: '{count} value mappings remembered for the source "{source}".',
    fr: '{count} correspondances de valeurs retenues pour la source « {source} ».',
  },
  'opt.dry_run': {
    en: 'show what would change, change nothing',
    fr: 'montrer ce qui changerait, sans rien modifier',
  },
  'opt.skip_invalid': {
    en: 'import the valid rows and set the invalid ones aside',
    fr: 'importer les lignes valides et mettre de côté les lignes invalides',
  },
  'opt.rejects': {
    en: 'file to write the rejected rows to (default: FILE.rejects.csv)',
    fr: 'fichier où écrire les lignes rejetées (par défaut : FICHIER.rejects.csv)',
  },
  'opt.format_in': {
    en: 'file format, when the name does not tell: csv, xlsx or json',
    fr: 'format du fichier, si son nom ne l’indique pas : csv, xlsx ou json',
  },
  'import.reading': { en: 'Reading', fr: 'Lecture' },
  'import.planning': { en: 'Comparing with the registry', fr: 'Comparaison avec l’inventaire' },
  'import.writing': { en: 'Writing', fr: 'Écriture' },
  'import.summary': {
    en: '{file}: rows read: {rows}. Presences created: {created}, updated: {updated}, unchanged: {unchanged}. Repeated rows merged: {merged}. Rows rejected: {rejected}.',
    fr: '{file} : lignes lues : {rows}. Présences créées : {created}, mises à jour : {updated}, inchangées : {unchanged}. Lignes en double fusionnées : {merged}. Lignes rejetées : {rejected}.',
  },
  'import.layout_wide': {
    en: 'One row per person or brand, one column per platform: {columns}.',
    fr: 'Une ligne par personne ou marque, une colonne par plateforme : {columns}.',
  },
  'import.dry_run': { en: 'Dry run: nothing was changed.', fr: 'Simulation : rien n’a été modifié.' },
  'import.new_units': { en: 'Units to create ({count}): {names}', fr: 'Entités à créer ({count}) : {names}' },
  'import.new_people': {
    en: 'People to create ({count}): {names}',
    fr: 'Personnes à créer ({count}) : {names}',
  },
  'import.rejects_written': {
    en: 'Rejected rows, with the reason for each, written to {file}',
    fr: 'Lignes rejetées, avec le motif de chacune, écrites dans {file}',
  },
  'import.warnings': { en: 'Warnings ({count}):', fr: 'Avertissements ({count}) :' },
  'import.recorded': { en: 'Recorded as import #{id}.', fr: 'Enregistré comme import n° {id}.' },
  'cmd.presences.list': { en: 'list presences', fr: 'lister les présences' },
  'opt.platform': {
    en: 'platform id (see `vigie platforms list`)',
    fr: 'identifiant de plateforme (voir `vigie platforms list`)',
  },
  'opt.status': { en: 'lifecycle status: {statuses}', fr: 'statut : {statuses}' },
  'opt.search': {
    en: 'text to search in names, handles, URLs, notes',
    fr: 'texte à chercher dans les noms, identifiants, URL, notes',
  },
  'list.count': {
    en: { one: '{count} presence', other: '{count} presences' },
    fr: { one: '{count} présence', other: '{count} présences', many: '{count} de présences' },
  },
  'cmd.presences.export': {
    en: 'export the registry (re-imports to the same registry)',
    fr: 'exporter l’inventaire (se réimporte à l’identique)',
  },
  'opt.format_out': { en: 'csv, xlsx or json', fr: 'csv, xlsx ou json' },
  'opt.out': {
    en: 'file to write (default: standard output)',
    fr: 'fichier à écrire (par défaut : la sortie standard)',
  },
  'export.written': {
    en: '{count} presences written to {file}',
    fr: '{count} présences écrites dans {file}',
  },
  'cmd.presences.resolve': {
    en: 'platform, handle and canonical URL of profile URLs or handles',
    fr: 'plateforme, identifiant et URL canonique de profils ou d’identifiants',
  },
  'resolve.unknown': { en: '(not a profile URL)', fr: '(pas une URL de profil)' },
  'cmd.presences.undo_bulk': {
    en: 'undo a bulk edit (its batch, as the change log shows it: bulk:2026-12-07T10:15:00.000Z): every presence it changed gets back what it had, unless changed since',
    fr: 'annuler une modification groupée (son lot, tel que le journal le montre : bulk:2026-12-07T10:15:00.000Z) : chaque présence modifiée retrouve ce qu’elle avait, sauf si elle a été modifiée depuis',
  },
  'undo_bulk.done': {
    en: {
      one: 'Bulk edit undone: {count} presence restored.',
      other: 'Bulk edit undone: {count} presences restored.',
    },
    fr: {
      one: 'Modification groupée annulée : {count} présence rétablie.',
      other: 'Modification groupée annulée : {count} présences rétablies.',
      many: 'Modification groupée annulée : {count} de présences rétablies.',
    },
  },
  'cmd.presences.rollback_import': {
    en: 'roll back an inventory import (its number, as `presences import` said it): the registry as the import found it, unless changed since',
    fr: 'annuler un import d’inventaire (son numéro, tel que `presences import` l’a indiqué) : l’inventaire tel que l’import l’avait trouvé, sauf modifications depuis',
  },
  'rollback_import.done': {
    en: 'Import #{id} rolled back. Presences restored: {restored}, deleted: {deleted}, archived (records hang from them): {archived}. Units deleted: {units}, people deleted: {people}.',
    fr: 'Import n° {id} annulé. Présences rétablies : {restored}, supprimées : {deleted}, archivées (des données s’y rattachent) : {archived}. Entités supprimées : {units}, personnes supprimées : {people}.',
  },
  'rollback_import.kept': {
    en: 'Kept, because something else uses them now: {names}.',
    fr: 'Conservées, car utilisées ailleurs désormais : {names}.',
  },
  'cmd.rollback_import': {
    en: 'roll back a platform data import (its number): the posts, interactions and metrics it added are deleted, the presence gets back what the import changed',
    fr: 'annuler un import de données d’une plateforme (son numéro) : les publications, interactions et indicateurs ajoutés sont supprimés, la présence retrouve ce que l’import avait modifié',
  },
  'rollback_data.done': {
    en: 'Data import #{id} rolled back: posts deleted: {posts}, interactions: {interactions}, days of metrics: {metrics}.',
    fr: 'Import de données n° {id} annulé : publications supprimées : {posts}, interactions : {interactions}, jours d’indicateurs : {metrics}.',
  },
  'rollback_data.presence_deleted': {
    en: 'The presence it had added to the inventory was deleted.',
    fr: 'La présence qu’il avait ajoutée à l’inventaire a été supprimée.',
  },
  'rollback_data.presence_archived': {
    en: 'The presence it had added to the inventory was archived: other records hang from it.',
    fr: 'La présence qu’il avait ajoutée à l’inventaire a été archivée : d’autres données s’y rattachent.',
  },
  'cmd.platforms': { en: 'the platform catalogue', fr: 'le catalogue des plateformes' },
  'cmd.platforms.list': {
    en: 'list the platforms Vigie knows',
    fr: 'lister les plateformes connues de Vigie',
  },
  'platforms.alive': { en: 'operating', fr: 'en service' },
  'platforms.dead': { en: 'closed in {year}', fr: 'fermée en {year}' },
  'platforms.dead_unknown': { en: 'closed', fr: 'fermée' },
  'head.id': { en: 'id', fr: 'id' },
  'head.source': { en: 'source', fr: 'source' },
  'head.field': { en: 'field', fr: 'champ' },
  'head.value': { en: 'value', fr: 'valeur' },
  'head.meaning': { en: 'meaning', fr: 'sens' },
  'head.set_by': { en: 'set by', fr: 'défini par' },
  'head.set_at': { en: 'on', fr: 'le' },
  'values.count': {
    en: 'Remembered value mappings: {count}.',
    fr: 'Correspondances de valeurs mémorisées : {count}.',
  },
  'values.forgotten': {
    en: 'Forgotten: {field} "{value}" → {meaning} (source "{source}"). The next import of this source asks again.',
    fr: 'Oubliée : {field} « {value} » → {meaning} (source « {source} »). Le prochain import de cette source posera à nouveau la question.',
  },
  'head.platform': { en: 'platform', fr: 'plateforme' },
  'head.handle': { en: 'handle', fr: 'identifiant' },
  'head.name': { en: 'name', fr: 'nom' },
  'head.unit': { en: 'unit', fr: 'entité' },
  'head.owner': { en: 'owner', fr: 'responsable' },
  'head.status': { en: 'status', fr: 'statut' },
  'head.audience': { en: 'audience', fr: 'audience' },
  'head.url': { en: 'URL', fr: 'URL' },
  'head.input': { en: 'input', fr: 'saisie' },
  'head.state': { en: 'state', fr: 'état' },
  'head.hosts': { en: 'hosts', fr: 'domaines' },
  'cmd.import': {
    en: 'import platform data exports (ZIP, folder or file): posts, metrics, interactions',
    fr: 'importer des exports de données des plateformes (ZIP, dossier ou fichier) : publications, indicateurs, interactions',
  },
  'opt.export_platform': {
    en: 'export format (default: detected)',
    fr: 'format de l’export (par défaut : détecté)',
  },
  'opt.presence': {
    en: 'presence id the export belongs to',
    fr: 'identifiant de la présence à laquelle appartient l’export',
  },
  'opt.limit': { en: 'how many to show', fr: 'combien en afficher' },
  'import.file_summary': {
    en: '{file}: {platform} export of {presence}. Posts read: {posts}, added: {added}, updated: {updated}. Interactions: {interactions}. Days of metrics: {metrics}.',
    fr: '{file} : export {platform} de {presence}. Publications lues : {posts}, ajoutées : {added}, mises à jour : {updated}. Interactions : {interactions}. Jours d’indicateurs : {metrics}.',
  },
  'import.presence_created': {
    en: 'The account was not in the inventory: it was added as an active presence.',
    fr: 'Le compte ne figurait pas dans l’inventaire : il y a été ajouté comme présence active.',
  },
  'import.unknown_fields': {
    en: {
      one: '{count} field of the export is not read by Vigie (ignored):',
      other: '{count} fields of the export are not read by Vigie (ignored):',
    },
    fr: {
      one: '{count} champ de l’export n’est pas lu par Vigie (ignoré) :',
      other: '{count} champs de l’export ne sont pas lus par Vigie (ignorés) :',
      many: '{count} de champs de l’export ne sont pas lus par Vigie (ignorés) :',
    },
  },
  'cmd.posts': { en: 'posts imported from the platforms', fr: 'publications importées des plateformes' },
  'cmd.posts.list': {
    en: 'list a presence’s posts, newest first',
    fr: 'lister les publications d’une présence, les plus récentes d’abord',
  },
  'head.published': { en: 'published', fr: 'publiée le' },
  'head.kind': { en: 'kind', fr: 'type' },
  'head.text': { en: 'text', fr: 'texte' },
  'head.likes': { en: 'likes', fr: 'j’aime' },
  'head.shares': { en: 'shares', fr: 'partages' },
  'owner.left': { en: '{name} (left)', fr: '{name} (parti·e)' },
} satisfies Catalogue;
