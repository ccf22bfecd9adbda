// What the audit's rules say to people, in English and French: findings, the reasons of a
// recommendation, decisions, severities, objectives, facts, conflicts between decisions and the
// settings' errors. Ids are given as text (`#{into}`, `n° {into}`) so that `fill` does not group them.
// A sentence that counts through a named parameter ({posts}, {audience}…) has plural forms, and the
// rules give that quantity again as `count` (src/core/i18n.ts); the web catalogues
// (web/src/i18n/audit.*.ts) mirror these forms. Other figures in the same sentence are named
// ("followers: {audience}") unless their threshold keeps them plural. How long a presence has been
// silent is said as a duration, {duration} ("13 years 5 months", "13 ans et 5 mois"), which whoever
// writes the sentence makes from the rules' {days} (src/core/duration.ts `withDuration`); thresholds
// from the settings stay in days ("dormant after {dormant} days").
import type { Catalogue } from '../core/i18n';

export const auditMessages = {
  // ---------- findings (audit.finding.<code>)
  'audit.finding.no_data': {
    en: 'Nothing is known about this presence: no date of last activity, no posts, no audience figure.',
    fr: 'On ne sait rien de cette présence : ni date de dernière activité, ni publications, ni audience.',
  },
  'audit.finding.abandoned': {
    en: 'No activity for {duration} (last on {last}): abandoned.',
    fr: 'Aucune activité depuis {duration} (dernière le {last}) : présence abandonnée.',
  },
  'audit.finding.dormant': {
    en: 'No activity for {duration} (last on {last}): dormant.',
    fr: 'Aucune activité depuis {duration} (dernière le {last}) : présence en sommeil.',
  },
  // The status a person declared and the one the activity measures. The statuses come as words
  // ({declared_fr} in French); the thresholds are 7 days or more: plural.
  'audit.finding.status_differs': {
    en: 'Declared {declared} in the registry, but its last activity was {duration} ago: {measured} by the audit’s thresholds (dormant after {dormant} days, abandoned after {abandoned}).',
    fr: 'Déclarée « {declared} » au registre, mais sa dernière activité remonte à {duration} : « {measured} » selon les seuils de l’audit (en sommeil après {dormant} jours, abandonnée après {abandoned}).',
  },
  // The minimum is named, not counted ("the 1 expected" would not read): `count` is the posts.
  'audit.finding.low_cadence': {
    en: {
      one: 'Only {posts} post in 90 days ({perWeek} a week), below the expected minimum of {min}.',
      other: 'Only {posts} posts in 90 days ({perWeek} a week), below the expected minimum of {min}.',
    },
    fr: {
      one: 'Seulement {posts} publication en 90 jours ({perWeek} par semaine), sous le minimum attendu de {min}.',
      other:
        'Seulement {posts} publications en 90 jours ({perWeek} par semaine), sous le minimum attendu de {min}.',
      many: 'Seulement {posts} de publications en 90 jours ({perWeek} par semaine), sous le minimum attendu de {min}.',
    },
  },
  // `count` is the average, a decimal: English says "1.5 interactions", French "1,5 interaction".
  'audit.finding.low_engagement': {
    en: {
      one: '{value} interaction per post on average (likes, shares, replies, quotes), below the expected minimum of {min}.',
      other:
        '{value} interactions per post on average (likes, shares, replies, quotes), below the expected minimum of {min}.',
    },
    fr: {
      one: '{value} interaction par publication en moyenne (mentions J’aime, partages, réponses, citations), sous le seuil de {min}.',
      other:
        '{value} interactions par publication en moyenne (mentions J’aime, partages, réponses, citations), sous le seuil de {min}.',
      many: '{value} d’interactions par publication en moyenne (mentions J’aime, partages, réponses, citations), sous le seuil de {min}.',
    },
  },
  'audit.finding.audience_declining': {
    en: 'The audience fell by {percent}% between {first} and {last}.',
    fr: 'L’audience a baissé de {percent} % entre le {first} et le {last}.',
  },
  'audit.finding.no_replies': {
    en: {
      one: '{posts} post in 90 days and not a single reply: the audience’s questions go unanswered.',
      other: '{posts} posts in 90 days and not a single reply: the audience’s questions go unanswered.',
    },
    fr: {
      one: '{posts} publication en 90 jours et aucune réponse aux internautes : leurs questions restent lettre morte.',
      other:
        '{posts} publications en 90 jours et aucune réponse aux internautes : leurs questions restent lettre morte.',
      many: '{posts} de publications en 90 jours et aucune réponse aux internautes : leurs questions restent lettre morte.',
    },
  },
  // `count` is the audience.
  'audit.finding.abandoned_with_audience': {
    en: {
      one: 'Abandoned for {duration} while {audience} person still follows it: their questions and complaints reach nobody.',
      other:
        'Abandoned for {duration} while {audience} people still follow it: their questions and complaints reach nobody.',
    },
    fr: {
      one: 'Abandonnée depuis {duration} alors que {audience} personne la suit encore : ses questions et ses réclamations ne parviennent à personne.',
      other:
        'Abandonnée depuis {duration} alors que {audience} personnes la suivent encore : leurs questions et leurs réclamations ne parviennent à personne.',
      many: 'Abandonnée depuis {duration} alors que {audience} de personnes la suivent encore : leurs questions et leurs réclamations ne parviennent à personne.',
    },
  },
  'audit.finding.no_owner': {
    en: 'No owner: nobody answers for this presence.',
    fr: 'Aucun responsable : personne ne répond de cette présence.',
  },
  'audit.finding.owner_left': {
    en: 'Its owner, {owner}, has left the organisation.',
    fr: 'Son responsable, {owner}, a quitté l’organisation.',
  },
  'audit.finding.no_custodian': {
    en: 'Nobody is recorded as holding its credentials.',
    fr: 'Aucun détenteur des accès n’est identifié.',
  },
  'audit.finding.custodian_left': {
    en: 'Its credentials are held by {custodian}, who has left the organisation.',
    fr: 'Les accès sont détenus par {custodian}, qui a quitté l’organisation.',
  },
  'audit.finding.personal_recovery': {
    en: 'The recovery contact is a personal e-mail address or phone number, not the organisation’s.',
    fr: 'Le contact de récupération est une adresse e-mail ou un numéro personnel, et non celui de l’organisation.',
  },
  'audit.finding.mfa_off': {
    en: 'Two-factor authentication is off: a password is all it takes to hijack the account.',
    fr: 'La double authentification est désactivée : un simple mot de passe suffit pour détourner le compte.',
  },
  'audit.finding.mfa_unknown': {
    en: 'Nobody knows whether two-factor authentication is on.',
    fr: 'On ignore si la double authentification est activée.',
  },
  'audit.finding.dead_platform': {
    en: '{platform} no longer operates.',
    fr: '{platform} n’existe plus.',
  },
  'audit.finding.name_off_charter': {
    en: 'The name “{name}” does not follow the charter (pattern {pattern}).',
    fr: 'Le nom « {name} » ne respecte pas la charte (modèle {pattern}).',
  },
  'audit.finding.bio_without_link': {
    en: 'The bio does not link to {link}, as the charter requires.',
    fr: 'La bio ne renvoie pas vers {link}, comme l’exige la charte.',
  },
  'audit.finding.language_off_charter': {
    en: 'It publishes in a language outside the charter (charter languages: {languages}).',
    fr: 'Elle publie dans une langue hors charte (langues prévues : {languages}).',
  },
  'audit.finding.overlap': {
    en: {
      one: 'It duplicates {count} other presence of the same unit, on the same platform and in the same language: {ids}.',
      other:
        'It duplicates {count} other presences of the same unit, on the same platform and in the same language: {ids}.',
    },
    fr: {
      one: 'Elle fait doublon avec {count} autre présence de la même entité, sur la même plateforme et dans la même langue : {ids}.',
      other:
        'Elle fait doublon avec {count} autres présences de la même entité, sur la même plateforme et dans la même langue : {ids}.',
      many: 'Elle fait doublon avec {count} d’autres présences de la même entité, sur la même plateforme et dans la même langue : {ids}.',
    },
  },
  'audit.finding.discovered': {
    en: 'Found by discovery: nobody had registered it.',
    fr: 'Trouvée lors de la découverte : personne ne l’avait inscrite à l’inventaire.',
  },
  'audit.finding.no_objective': {
    en: 'No objective is written down for it.',
    fr: 'Aucun objectif ne lui est assigné.',
  },

  // ---------- reasons of a recommendation (audit.reason.<code>)
  'audit.reason.already_closing': {
    en: 'Its closure is already under way.',
    fr: 'Sa fermeture est déjà engagée.',
  },
  'audit.reason.already_redirecting': {
    en: 'Its progressive redirect is already under way.',
    fr: 'Sa redirection progressive est déjà engagée.',
  },
  'audit.reason.discovered': {
    en: 'Nobody had registered it: claim it first (recover the access, name an owner), then decide its future.',
    fr: 'Personne ne l’avait inscrite : reprenez-la d’abord en main (récupérer les accès, désigner un responsable), puis décidez de son avenir.',
  },
  'audit.reason.no_data': {
    en: 'Nothing is known about it: find out who runs it, whether it is active and who follows it before deciding. A presence is never closed blind.',
    fr: 'On ne sait rien d’elle : identifiez qui l’anime, si elle est active et qui la suit avant de décider. On ne ferme jamais une présence à l’aveugle.',
  },
  // Reasons that count people: `count` is the audience. Their days, where given, are at least
  // dormantDays (7 or more) or abandonedDays (30 or more): always plural.
  'audit.reason.activity_unknown': {
    en: {
      one: '{audience} person follows it, but nothing is known of its activity: check it before deciding.',
      other: '{audience} people follow it, but nothing is known of its activity: check it before deciding.',
    },
    fr: {
      one: '{audience} personne la suit, mais on ne sait rien de son activité : vérifiez-la avant de décider.',
      other:
        '{audience} personnes la suivent, mais on ne sait rien de son activité : vérifiez-la avant de décider.',
      many: '{audience} de personnes la suivent, mais on ne sait rien de son activité : vérifiez-la avant de décider.',
    },
  },
  'audit.reason.dead_platform': {
    en: '{platform} no longer operates: remove the presence from the inventory and the websites, and point to the kept presences instead.',
    fr: '{platform} n’existe plus : retirez cette présence de l’inventaire et des sites, et renvoyez plutôt vers les présences conservées.',
  },
  'audit.reason.dead_platform_closed': {
    en: '{platform} closed in {year}: remove the presence from the inventory and the websites, and point to the kept presences instead.',
    fr: '{platform} a fermé en {year} : retirez cette présence de l’inventaire et des sites, et renvoyez plutôt vers les présences conservées.',
  },
  'audit.reason.overlap_merge': {
    en: 'It duplicates {into} (same unit, platform and language), which is stronger: merge it into that one.',
    fr: 'Elle fait doublon avec {into} (même entité, même plateforme, même langue), plus solide : fusionnez-la avec celle-ci.',
  },
  'audit.reason.overlap_kept': {
    en: 'The strongest of the duplicates: kept, it takes in {ids}.',
    fr: 'La plus solide des présences en doublon : conservée, elle accueille {ids}.',
  },
  'audit.reason.overlap_invest': {
    en: 'It duplicates {into}, but its results justify investing in it: kept as well.',
    fr: 'Elle fait doublon avec {into}, mais ses résultats justifient d’y investir : elle est conservée elle aussi.',
  },
  'audit.reason.abandoned_poll': {
    en: {
      one: 'No activity for {duration}, but {audience} person follows it: poll the community, then redirect progressively, measuring how much of the audience follows.',
      other:
        'No activity for {duration}, but {audience} people follow it: poll the community, then redirect progressively, measuring how much of the audience follows.',
    },
    fr: {
      one: 'Aucune activité depuis {duration}, mais {audience} personne la suit : faites un sondage auprès de la communauté, puis une redirection progressive, en mesurant la part de l’audience qui suit.',
      other:
        'Aucune activité depuis {duration}, mais {audience} personnes la suivent : faites un sondage auprès de la communauté, puis une redirection progressive, en mesurant la part de l’audience qui suit.',
      many: 'Aucune activité depuis {duration}, mais {audience} de personnes la suivent : faites un sondage auprès de la communauté, puis une redirection progressive, en mesurant la part de l’audience qui suit.',
    },
  },
  'audit.reason.abandoned_close': {
    en: {
      one: 'No activity for {duration} and only {audience} follower: close it with a message that redirects to the kept presence.',
      other:
        'No activity for {duration} and only {audience} followers: close it with a message that redirects to the kept presence.',
    },
    fr: {
      one: 'Aucune activité depuis {duration} et seulement {audience} abonné : fermez-la avec un message de redirection vers la présence conservée.',
      other:
        'Aucune activité depuis {duration} et seulement {audience} abonnés : fermez-la avec un message de redirection vers la présence conservée.',
      many: 'Aucune activité depuis {duration} et seulement {audience} d’abonnés : fermez-la avec un message de redirection vers la présence conservée.',
    },
  },
  'audit.reason.abandoned_close_unknown': {
    en: 'No activity for {duration}, audience unknown: close it with a message that redirects to the kept presence, after checking how many follow it.',
    fr: 'Aucune activité depuis {duration}, audience inconnue : fermez-la avec un message de redirection vers la présence conservée, après avoir vérifié combien de personnes la suivent.',
  },
  'audit.reason.dormant_poll': {
    en: {
      one: 'Dormant for {duration} while {audience} person follows it: poll the community, then redirect progressively.',
      other:
        'Dormant for {duration} while {audience} people follow it: poll the community, then redirect progressively.',
    },
    fr: {
      one: 'En sommeil depuis {duration} alors que {audience} personne la suit : faites un sondage auprès de la communauté, puis une redirection progressive.',
      other:
        'En sommeil depuis {duration} alors que {audience} personnes la suivent : faites un sondage auprès de la communauté, puis une redirection progressive.',
      many: 'En sommeil depuis {duration} alors que {audience} de personnes la suivent : faites un sondage auprès de la communauté, puis une redirection progressive.',
    },
  },
  'audit.reason.dormant_close': {
    en: {
      one: 'Dormant for {duration} with only {audience} follower: close it with a redirect message.',
      other: 'Dormant for {duration} with only {audience} followers: close it with a redirect message.',
    },
    fr: {
      one: 'En sommeil depuis {duration} pour seulement {audience} abonné : fermez-la avec un message de redirection.',
      other:
        'En sommeil depuis {duration} pour seulement {audience} abonnés : fermez-la avec un message de redirection.',
      many: 'En sommeil depuis {duration} pour seulement {audience} d’abonnés : fermez-la avec un message de redirection.',
    },
  },
  'audit.reason.dormant_close_unknown': {
    en: 'Dormant for {duration}, audience unknown: close it with a redirect message, after checking how many follow it.',
    fr: 'En sommeil depuis {duration}, audience inconnue : fermez-la avec un message de redirection, après avoir vérifié combien de personnes la suivent.',
  },
  'audit.reason.keep_audience': {
    en: {
      one: 'Its results are weak, but {audience} person follows it: keep it and put it back on track rather than lose them.',
      other:
        'Its results are weak, but {audience} people follow it: keep it and put it back on track rather than lose them.',
    },
    fr: {
      one: 'Ses résultats sont faibles, mais {audience} personne la suit : conservez-la et relancez-la plutôt que de perdre son audience.',
      other:
        'Ses résultats sont faibles, mais {audience} personnes la suivent : conservez-la et relancez-la plutôt que de les perdre.',
      many: 'Ses résultats sont faibles, mais {audience} de personnes la suivent : conservez-la et relancez-la plutôt que de les perdre.',
    },
  },
  'audit.reason.low_cadence': {
    en: {
      one: '{posts} post in 90 days, below the expected minimum of {min}: publish more regularly.',
      other: '{posts} posts in 90 days, below the expected minimum of {min}: publish more regularly.',
    },
    fr: {
      one: '{posts} publication en 90 jours, sous le minimum attendu de {min} : publiez plus régulièrement.',
      other:
        '{posts} publications en 90 jours, sous le minimum attendu de {min} : publiez plus régulièrement.',
      many: '{posts} de publications en 90 jours, sous le minimum attendu de {min} : publiez plus régulièrement.',
    },
  },
  'audit.reason.low_engagement': {
    en: {
      one: '{value} interaction per post, below {min}: rethink what it publishes.',
      other: '{value} interactions per post, below {min}: rethink what it publishes.',
    },
    fr: {
      one: '{value} interaction par publication, sous le seuil de {min} : revoyez la ligne éditoriale.',
      other: '{value} interactions par publication, sous le seuil de {min} : revoyez la ligne éditoriale.',
      many: '{value} d’interactions par publication, sous le seuil de {min} : revoyez la ligne éditoriale.',
    },
  },
  // Three figures, any of which may be 0 or 1: each is named rather than counted.
  'audit.reason.invest': {
    en: 'It delivers (followers: {audience}; posts in 90 days: {posts}; interactions per post: {engagement}): invest in it and set its KPIs.',
    fr: 'Elle porte ses fruits (abonnés : {audience} ; publications en 90 jours : {posts} ; interactions par publication : {engagement}) : investissez-y et fixez ses indicateurs clés.',
  },
  // The bar's three figures are named.
  'audit.reason.maintain': {
    en: 'Active (last activity {duration} ago) but short of the bar for investment (followers: {audience}; posts in 90 days: {posts}; interactions per post: {engagement}): maintain it.',
    fr: 'Active (dernière activité il y a {duration}), mais en deçà du seuil d’investissement (abonnés : {audience} ; publications en 90 jours : {posts} ; interactions par publication : {engagement}) : maintenez-la.',
  },
  'audit.reason.redirect_to': {
    en: 'Its audience is sent to {into}.',
    fr: 'Son audience est redirigée vers {into}.',
  },
  'audit.reason.no_target': {
    en: 'No kept presence was found to take in its audience: choose one.',
    fr: 'Aucune présence conservée n’a été trouvée pour accueillir son audience : choisissez-en une.',
  },
  'audit.reason.assign_owner': { en: 'Assign an owner.', fr: 'Désignez un responsable.' },
  'audit.reason.reassign_owner': {
    en: 'Assign a new owner: {owner} has left the organisation.',
    fr: 'Désignez un nouveau responsable : {owner} a quitté l’organisation.',
  },
  'audit.reason.assign_custodian': {
    en: 'Name who holds the credentials.',
    fr: 'Désignez le détenteur des accès.',
  },
  'audit.reason.recover_credentials': {
    en: 'Recover the credentials held by {custodian}, who has left the organisation, and change the password.',
    fr: 'Récupérez les accès détenus par {custodian}, qui a quitté l’organisation, et changez le mot de passe.',
  },
  'audit.reason.corporate_recovery': {
    en: 'Replace the personal recovery contact with one that belongs to the organisation.',
    fr: 'Remplacez le contact de récupération personnel par un contact appartenant à l’organisation.',
  },
  'audit.reason.enable_mfa': {
    en: 'Turn on two-factor authentication.',
    fr: 'Activez la double authentification.',
  },
  'audit.reason.check_mfa': {
    en: 'Check whether two-factor authentication is on.',
    fr: 'Vérifiez si la double authentification est activée.',
  },
  'audit.reason.set_objective': {
    en: 'Write down its objective, then its KPIs.',
    fr: 'Fixez-lui un objectif, puis ses indicateurs clés.',
  },
  'audit.reason.charter_name': {
    en: 'Rename “{name}” to follow the charter ({pattern}).',
    fr: 'Renommez « {name} » conformément à la charte ({pattern}).',
  },
  'audit.reason.charter_link': { en: 'Add {link} to the bio.', fr: 'Ajoutez {link} dans la bio.' },
  'audit.reason.charter_language': {
    en: 'Publish in the charter’s languages ({languages}) or have the exception approved.',
    fr: 'Publiez dans les langues de la charte ({languages}) ou faites valider l’exception.',
  },
  // Given the params of the no_replies finding: `count` is the posts.
  'audit.reason.answer_audience': {
    en: {
      one: 'Answer the audience: {posts} post in 90 days, not a single reply.',
      other: 'Answer the audience: {posts} posts in 90 days, not a single reply.',
    },
    fr: {
      one: 'Répondez aux internautes : {posts} publication en 90 jours, aucune réponse.',
      other: 'Répondez aux internautes : {posts} publications en 90 jours, aucune réponse.',
      many: 'Répondez aux internautes : {posts} de publications en 90 jours, aucune réponse.',
    },
  },
  'audit.reason.audience_declining': {
    en: 'The audience fell by {percent}% between {first} and {last}: find out why.',
    fr: 'L’audience a baissé de {percent} % entre le {first} et le {last} : cherchez-en la cause.',
  },

  // ---------- decisions, severities, objectives
  'audit.decision.invest': { en: 'Invest', fr: 'Investir' },
  'audit.decision.maintain': { en: 'Maintain', fr: 'Maintenir' },
  'audit.decision.merge': { en: 'Merge', fr: 'Fusionner' },
  'audit.decision.close_redirect': {
    en: 'Close with a redirect message',
    fr: 'Fermer avec message de redirection',
  },
  'audit.decision.progressive_redirect': { en: 'Redirect progressively', fr: 'Redirection progressive' },
  'audit.decision.remove': {
    en: 'Remove from the inventory and from our websites',
    fr: 'Retirer de l’inventaire et de nos sites',
  },
  'audit.decision.claim': { en: 'Claim', fr: 'Reprendre en main' },
  'audit.decision.investigate': { en: 'Investigate', fr: 'Enquêter' },

  'audit.severity.high': { en: 'High', fr: 'Élevée' },
  'audit.severity.medium': { en: 'Medium', fr: 'Moyenne' },
  'audit.severity.low': { en: 'Low', fr: 'Faible' },

  'audit.objective.awareness': { en: 'Awareness', fr: 'Notoriété' },
  'audit.objective.engagement': { en: 'Community engagement', fr: 'Engagement de la communauté' },
  'audit.objective.customer_care': { en: 'Customer care', fr: 'Relation client' },
  'audit.objective.traffic': { en: 'Traffic to the website', fr: 'Trafic vers le site' },
  'audit.objective.leads': { en: 'Leads and sales', fr: 'Prospects et ventes' },
  'audit.objective.recruitment': { en: 'Recruitment', fr: 'Recrutement' },
  'audit.objective.press': { en: 'Press relations', fr: 'Relations presse' },
  'audit.objective.information': { en: 'Information', fr: 'Information' },

  // ---------- facts (audit.fact.<name of AuditFacts>)
  'audit.fact.daysSinceActivity': { en: 'Days since last activity', fr: 'Jours depuis la dernière activité' },
  'audit.fact.posts90': { en: 'Posts (90 days)', fr: 'Publications (90 jours)' },
  'audit.fact.postsPerWeek': { en: 'Posts per week', fr: 'Publications par semaine' },
  'audit.fact.audience': { en: 'Audience', fr: 'Audience' },
  'audit.fact.audienceTrend': { en: 'Audience trend (90 days)', fr: 'Évolution de l’audience (90 jours)' },
  'audit.fact.engagementPerPost': { en: 'Interactions per post', fr: 'Interactions par publication' },
  'audit.fact.replyRate': { en: 'Share of replies', fr: 'Part de réponses' },
  'audit.fact.owner': { en: 'Owner', fr: 'Responsable' },
  'audit.fact.custody': {
    en: 'Credentials (custodian, recovery contact, two-factor authentication)',
    fr: 'Accès (détenteur, contact de récupération, double authentification)',
  },
  'audit.fact.platformAlive': { en: 'Platform still operating', fr: 'Plateforme encore en service' },
  'audit.fact.charter': { en: 'Brand charter', fr: 'Charte' },
  'audit.fact.overlaps': { en: 'Duplicates', fr: 'Doublons' },
  'audit.fact.objective': { en: 'Objective', fr: 'Objectif' },

  // ---------- conflicts between decisions (checkDecision)
  'audit.conflict.not_in_audit': {
    en: 'Presence #{id} is not part of this audit.',
    fr: 'La présence n° {id} ne fait pas partie de cet audit.',
  },
  'audit.conflict.merge_needs_into': {
    en: 'Say which presence #{id} is to be merged into.',
    fr: 'Indiquez avec quelle présence fusionner la présence n° {id}.',
  },
  'audit.conflict.into_not_allowed': {
    en: 'This decision sends the audience nowhere: leave the target empty (#{into} was given).',
    fr: 'Cette décision ne renvoie l’audience nulle part : laissez la cible vide (n° {into} indiquée).',
  },
  'audit.conflict.into_self': {
    en: 'Presence #{id} cannot be merged or redirected into itself.',
    fr: 'La présence n° {id} ne peut être ni fusionnée ni redirigée vers elle-même.',
  },
  'audit.conflict.into_not_in_audit': {
    en: 'Presence #{into} is not part of this audit: choose the target among its presences.',
    fr: 'La présence n° {into} ne fait pas partie de cet audit : choisissez la cible parmi ses présences.',
  },
  'audit.conflict.into_ending': {
    en: 'Presence #{into} is itself being merged, closed, redirected or removed: refused. Choose a presence that is kept.',
    fr: 'La présence n° {into} est elle-même fusionnée, fermée, redirigée ou retirée : refusé. Choisissez une présence conservée.',
  },
  'audit.conflict.has_dependents': {
    en: {
      one: '{count} presence is to be merged or redirected into this one ({ids}): give it another target first.',
      other:
        '{count} presences are to be merged or redirected into this one ({ids}): give them another target first.',
    },
    fr: {
      one: '{count} présence doit être fusionnée ou redirigée vers celle-ci ({ids}) : choisissez-lui d’abord une autre cible.',
      other:
        '{count} présences doivent être fusionnées ou redirigées vers celle-ci ({ids}) : choisissez-leur d’abord une autre cible.',
      many: '{count} de présences doivent être fusionnées ou redirigées vers celle-ci ({ids}) : choisissez-leur d’abord une autre cible.',
    },
  },

  // ---------- settings (errors raised by ruleSettingsSchema)
  'audit.settings.abandoned_before_dormant': {
    en: 'The number of days after which a presence is abandoned must be greater than the number after which it is dormant.',
    fr: 'Le nombre de jours au-delà duquel une présence est abandonnée doit dépasser celui au-delà duquel elle est en sommeil.',
  },
  // The name pattern is RE2 (src/audit/charter-pattern.ts): what it refuses, and why.
  'audit.settings.bad_pattern': {
    en: 'The name pattern is not a valid regular expression in RE2 syntax (the problem is at “{near}”).',
    fr: 'Le modèle de nom n’est pas une expression régulière valide en syntaxe RE2 (le problème est à « {near} »).',
  },
  'audit.settings.pattern_backreference': {
    en: 'The name pattern refers back to a group (“{near}”): backreferences are not accepted, since Vigie matches patterns in linear time (RE2 syntax).',
    fr: 'Le modèle de nom renvoie à un groupe (« {near} ») : les références arrière ne sont pas acceptées, car Vigie évalue les modèles en temps linéaire (syntaxe RE2).',
  },
  'audit.settings.pattern_lookaround': {
    en: 'The name pattern looks ahead or behind (“{near}”): lookarounds are not accepted, since Vigie matches patterns in linear time (RE2 syntax).',
    fr: 'Le modèle de nom utilise une assertion avant ou arrière (« {near} ») : elles ne sont pas acceptées, car Vigie évalue les modèles en temps linéaire (syntaxe RE2).',
  },
  'audit.settings.pattern_too_complex': {
    en: 'The name pattern is too complex ({size} steps once compiled, at most {max}): use fewer or smaller repetitions.',
    fr: 'Le modèle de nom est trop complexe ({size} étapes une fois compilé, {max} au plus) : réduisez ses répétitions.',
  },
} satisfies Catalogue;
