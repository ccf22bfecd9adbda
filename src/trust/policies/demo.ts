// The demo group's documents: Groupe Ombreval's social-media policy (version 1, then version 2 with
// what changed) and its brand charter, in French, as its communication department would write them.
// They follow the demo organisation (src/demo/organisation.ts): the hub, the branches and regions,
// the subsidiaries abroad, the agency Hublot & Plume, the names and the link the charter requires.
import type { Q } from '../../core/log';
import { type PolicyInput, publishIn } from './service';
import * as store from './store';

/** Who the demo's documents are signed by in the change log. */
const DEMO_ACTOR = 'demo';

const DAY = 86_400_000;

/** A line that starts a Markdown block of its own (heading, list item, table row, quote, rule). */
const BLOCK_START = /^(#{1,6}\s|[-*+]\s|\d+\.\s|\||>|---|\*[^*\s])/;

/**
 * The texts are wrapped in this file for reading; stored, each paragraph, list item and quote is one
 * line (as editors write Markdown), so that the text reads well however it is shown.
 */
export function unwrap(markdown: string): string {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    const prev = out.length ? out[out.length - 1]! : '';
    const quoted = line.startsWith('> ') && prev.startsWith('> ');
    const continues =
      line.trim() !== '' &&
      prev.trim() !== '' &&
      !BLOCK_START.test(line.trimStart()) &&
      !prev.startsWith('|') &&
      !/^#{1,6}\s/.test(prev);
    if (quoted) out[out.length - 1] = `${prev} ${line.slice(2).trim()}`;
    else if (continues) out[out.length - 1] = `${prev} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
}

export const DEMO_POLICY_V1: PolicyInput = {
  kind: 'policy',
  title: 'Politique d’usage des médias sociaux du Groupe Ombreval',
  language: 'fr',
  summary: null,
  body: unwrap(`# Politique d’usage des médias sociaux

*Groupe Ombreval — Direction de la communication groupe — version 1*

## 1. Pourquoi cette politique

Le groupe compte plus de 170 comptes sur les réseaux sociaux, ouverts au fil des années par les
branches, les directions régionales, les filiales et nos agences. Beaucoup n’ont plus de responsable,
certains ne répondent plus aux clients qui s’y adressent, et les identifiants de plusieurs d’entre eux
sont partis avec les personnes qui les avaient créés. Cette politique fixe les règles communes pour que
chaque compte qui parle au nom d’Ombreval serve un objectif, ait quelqu’un qui en répond et reste sous
le contrôle du groupe.

Elle s’applique à tous les salariés, stagiaires, alternants et prestataires (agences, indépendants) qui
ouvrent, animent ou administrent un compte au nom d’une entité du groupe, en France comme à l’étranger.

## 2. Ouvrir un compte

- Un compte s’ouvre **sur demande à la Direction de la communication groupe**, qui vérifie qu’aucun
  compte existant ne remplit déjà le même rôle.
- La demande précise l’**objectif** du compte (notoriété, relation client, recrutement, information
  trafic…), le public visé, la langue, le **responsable** et son **suppléant**, et le temps consacré
  chaque semaine.
- Le compte est inscrit au **registre des présences (Vigie)** avant sa première publication.
- Une agence n’ouvre jamais un compte en son nom propre ni avec une adresse de l’agence : le compte
  appartient à l’entité du groupe qui l’a demandé.

## 3. Nom et présentation

- Le nom affiché commence par **« Ombreval »** suivi de la branche, de la marque ou de la région
  (par exemple « Ombreval Énergie », « Ombreval Occitanie », « Ombreval Belgique ») ; la marque
  **Vélomb** garde son propre nom.
- L’identifiant suit la même règle (@OmbrevalEnergie, @OmbrevalOccitanie), sans chiffre ni date.
- La biographie dit qui parle, à qui, et **renvoie au site du groupe** : \`https://www.ombreval.example\`
  (ou la page de la branche sur ce site).
- La présentation suit la charte de marque sur les médias sociaux.

## 4. Identifiants et sécurité

- Le compte est rattaché à une **adresse électronique du groupe**, jamais à une adresse personnelle.
- La **double authentification** est activée sur chaque compte qui la propose.
- Le mot de passe est long, propre au compte, et n’est **jamais transmis par courriel ni par
  messagerie**.
- Le responsable du compte est aussi le **dépositaire** de ses identifiants : il sait où ils se trouvent
  et qui y a accès.

## 5. Prendre la parole

- On parle au nom de l’entité, pas en son nom propre : pas d’opinion personnelle, politique ou
  religieuse sur un compte du groupe.
- On ne publie **jamais** d’information confidentielle (résultats avant leur annonce, projets,
  incidents en cours), de données personnelles de clients ou de collègues, ni de rumeur.
- On cite ses sources et on respecte les droits d’auteur et le droit à l’image.
- En cas de doute, on ne publie pas et on demande à la Direction de la communication groupe.

## 6. Répondre aux clients

- Un compte qui reçoit des questions y **répond dans un délai d’un jour ouvré**, même pour dire que
  la demande est transmise.
- Une réclamation passe **en message privé** dès qu’il faut un numéro de contrat, une adresse ou une
  information personnelle ; elle est transmise au service client de la branche.
- On ne supprime pas un commentaire critique ; on masque seulement les insultes, les propos illicites
  et les données personnelles publiées par erreur.
- Toute situation qui peut tourner à la crise (accident, panne étendue, mise en cause dans la presse)
  est signalée sans délai à la Direction de la communication groupe, qui coordonne la réponse.

## 7. Quitter son poste

- Le départ ou le changement de poste d’un responsable de compte est signalé à la Direction de la
  communication groupe **avant son dernier jour**.
- Le compte est confié à son suppléant ou à un nouveau responsable, et ses accès sont retirés.

## 8. Comptes inactifs

Un compte qui ne sert plus son objectif n’est pas abandonné : il est fermé avec un **message qui
redirige** son public vers le compte du groupe qui prend le relais, après accord de la Direction de la
communication groupe.

## 9. Contacts

- Direction de la communication groupe : \`reseaux-sociaux@ombreval.example\`
`),
};

export const DEMO_POLICY_V2: PolicyInput = {
  kind: 'policy',
  title: 'Politique d’usage des médias sociaux du Groupe Ombreval',
  language: 'fr',
  summary:
    'Double authentification par application ou clé de sécurité (le SMS ne suffit plus) et contact de récupération sur une boîte du groupe ; identifiants conservés dans le coffre de Vigie, avec un dépositaire nommé pour chaque compte ; règles pour les agences ; réponse aux clients en 4 heures ouvrées sur les comptes de relation client ; procédure de départ en 24 heures ; un compte sans publication depuis 90 jours passe en revue.',
  body: unwrap(`# Politique d’usage des médias sociaux

*Groupe Ombreval — Direction de la communication groupe — version 2*

> **Ce qui change par rapport à la version 1.** Après la prise de contrôle d’un compte régional resté
> sans double authentification, et le départ de plusieurs responsables sans transmission de leurs
> identifiants, la sécurité des comptes est renforcée (§ 4), les agences ont des règles propres (§ 5),
> les délais de réponse sont précisés (§ 7) et le départ d’un responsable suit une procédure (§ 8).

## 1. Pourquoi cette politique

Le groupe compte plus de 170 comptes sur les réseaux sociaux, ouverts au fil des années par les
branches, les directions régionales, les filiales et nos agences. Un compte abandonné n’est pas
neutre : les clients y posent des questions qui restent sans réponse, et un compte oublié dont plus
personne ne contrôle les identifiants peut être détourné et parler au nom du groupe. Cette politique
fixe les règles communes pour que chaque compte qui parle au nom d’Ombreval serve un objectif, ait
quelqu’un qui en répond et reste sous le contrôle du groupe.

Elle s’applique à tous les salariés, stagiaires, alternants et prestataires (agences, indépendants) qui
ouvrent, animent ou administrent un compte au nom d’une entité du groupe, en France comme à l’étranger.
Chacun d’eux en prend connaissance et l’accepte dans Vigie.

## 2. Ouvrir un compte

- Un compte s’ouvre **sur demande à la Direction de la communication groupe**, qui vérifie qu’aucun
  compte existant ne remplit déjà le même rôle. Mieux vaut un compte animé que trois comptes oubliés.
- La demande précise l’**objectif** du compte (notoriété, relation client, recrutement, information
  trafic…), les indicateurs qui diront s’il l’atteint, le public visé, la langue, le **responsable**,
  son **suppléant**, et le temps consacré chaque semaine.
- Le compte est inscrit au **registre des présences (Vigie)** avant sa première publication, avec son
  responsable, son suppléant et son dépositaire des identifiants.
- Les directions régionales et les filiales ouvrent leurs comptes avec l’accord de leur directeur et
  de la Direction de la communication groupe.

## 3. Nom et présentation

- Le nom affiché commence par **« Ombreval »** suivi de la branche, de la marque ou de la région
  (par exemple « Ombreval Énergie », « Ombreval Occitanie », « Ombreval Belgique ») ; la marque
  **Vélomb** garde son propre nom.
- L’identifiant suit la même règle (@OmbrevalEnergie, @OmbrevalOccitanie), sans chiffre ni date.
- La biographie dit qui parle, à qui, à quelles heures on répond, et **renvoie au site du groupe** :
  \`https://www.ombreval.example\` (ou la page de la branche sur ce site).
- Le compte publie dans l’une des langues du groupe : français, anglais, néerlandais ou espagnol.
  Une autre langue demande l’accord de la Direction de la communication groupe.
- La présentation suit la **charte de marque sur les médias sociaux**.

## 4. Identifiants, double authentification et récupération

- Le compte est rattaché à une **adresse électronique du groupe**, jamais à une adresse personnelle.
- Le **contact de récupération** (adresse et téléphone de secours) est une **boîte fonctionnelle du
  groupe** — \`reseaux-sociaux@ombreval.example\` ou celle de la branche —, jamais le téléphone ni
  l’adresse personnelle d’un salarié.
- La **double authentification est obligatoire**, par **application d’authentification ou clé de
  sécurité** ; le code par SMS ne suffit plus. Elle ne doit jamais être désactivée, même pour « dépanner »
  un collègue ou une agence.
- Chaque compte a un **dépositaire des identifiants**, nommé dans Vigie : il répond de l’endroit où ils
  se trouvent et de qui y accède.
- Les identifiants, mots de passe et codes de secours sont conservés **dans le coffre de Vigie**, et
  nulle part ailleurs : ni tableur, ni courriel, ni messagerie, ni carnet. Consulter un secret du coffre
  demande d’en donner la raison, et chaque consultation est enregistrée.
- Le mot de passe est long, propre au compte, et il est **changé** dès qu’une personne qui le
  connaissait quitte le groupe ou le compte.

## 5. Agences et prestataires

- Une agence n’ouvre jamais un compte en son nom propre ni avec une adresse de l’agence : le compte
  appartient à l’entité du groupe qui l’a demandé.
- L’agence accède aux comptes par les **accès délégués** que proposent les plateformes (gestionnaire
  de page, rôles d’administration) au nom de personnes désignées, ou par le coffre de Vigie : jamais par
  un mot de passe partagé.
- À la fin du contrat, ou quand une personne de l’agence change de mission, ses accès sont retirés
  **le jour même** et les mots de passe qu’elle connaissait sont changés.

## 6. Prendre la parole

- On parle au nom de l’entité, pas en son nom propre : pas d’opinion personnelle, politique ou
  religieuse sur un compte du groupe.
- On ne publie **jamais** d’information confidentielle (résultats avant leur annonce, projets,
  incidents en cours), de données personnelles de clients ou de collègues, ni de rumeur.
- On cite ses sources et on respecte les droits d’auteur et le droit à l’image.
- Un contenu produit avec un outil d’intelligence artificielle est relu par une personne avant sa
  publication ; une image générée ne représente jamais une personne réelle ni un événement réel.
- En cas de doute, on ne publie pas et on demande à la Direction de la communication groupe.

## 7. Répondre aux clients

- Les comptes dont l’objectif est la **relation client** répondent **en 4 heures ouvrées** (du lundi au
  vendredi, de 9 h à 18 h) ; les autres comptes répondent **dans un délai d’un jour ouvré**, même pour
  dire que la demande est transmise.
- Une réclamation passe **en message privé** dès qu’il faut un numéro de contrat, une adresse ou une
  information personnelle ; elle est transmise au service client de la branche, qui la suit jusqu’à sa
  résolution et le fait savoir sur le fil public.
- On ne supprime pas un commentaire critique ; on masque seulement les insultes, les propos illicites
  et les données personnelles publiées par erreur.
- Toute situation qui peut tourner à la crise (accident, panne étendue, mise en cause dans la presse,
  compte qui publie des messages que personne n’a écrits) est signalée **sans délai** à la Direction de
  la communication groupe, qui coordonne la réponse.

## 8. Quitter son poste ou le groupe

1. Le départ ou le changement de poste d’un responsable, d’un suppléant ou d’un dépositaire est signalé
   à la Direction de la communication groupe **au moins deux semaines avant son dernier jour**.
2. Vigie liste les comptes dont la personne répond ou dont elle détient les identifiants, et ouvre une
   tâche de réattribution pour chacun.
3. Chaque compte est confié à son suppléant ou à un nouveau responsable, nommé dans Vigie.
4. Dans les **24 heures** qui suivent le départ, les mots de passe que la personne connaissait sont
   changés, ses accès délégués sont retirés, et le contact de récupération est vérifié.

## 9. Comptes inactifs

- Un compte **sans publication depuis 90 jours** passe en revue lors de l’audit suivant.
- Un compte qui ne sert plus son objectif n’est pas abandonné : il est fermé avec un **message qui
  redirige** son public vers le compte du groupe qui prend le relais ; un compte qui a encore une
  communauté active est redirigé progressivement, après l’avoir consultée.

## 10. Manquements

Un manquement à cette politique (compte ouvert sans accord, identifiants partagés, double
authentification désactivée) est signalé à la Direction de la communication groupe, qui peut reprendre
le contrôle du compte. Les manquements graves relèvent du règlement intérieur ou du contrat du
prestataire.

## 11. Contacts

- Direction de la communication groupe : \`reseaux-sociaux@ombreval.example\`
- Sécurité des systèmes d’information (compte compromis, perte d’un accès) : \`securite@ombreval.example\`
`),
};

export const DEMO_CHARTER: PolicyInput = {
  kind: 'charter',
  title: 'Charte de marque sur les médias sociaux',
  language: 'fr',
  summary: null,
  body: unwrap(`# Charte de marque sur les médias sociaux

*Groupe Ombreval — Direction de la communication groupe — version 1*

Cette charte dit à quoi on reconnaît un compte d’Ombreval et comment il s’exprime. Elle complète la
politique d’usage des médias sociaux, qui fixe qui peut ouvrir un compte et comment il est sécurisé.

## 1. Se reconnaître

- **Nom affiché** : « Ombreval » + branche, marque ou région : « Ombreval Énergie », « Ombreval
  Hauts-de-France » ; « Vélomb » pour les vélos en libre-service.
- **Identifiant** : @Ombreval + branche ou région, sans chiffre, sans date, sans tiret.
- **Photo de profil** : le logo du groupe sur fond blanc, fourni par la communication groupe ; jamais
  recadré, recoloré ou déformé.
- **Bannière** : un visuel de la photothèque du groupe, renouvelé au moins une fois par an.
- **Biographie** : qui parle, pour qui, quand on répond, et le lien vers le site.
- **Lien** : \`https://www.ombreval.example\` ou la page de la branche sur ce site — jamais un
  raccourcisseur d’adresse.

Modèle de biographie :

> Le compte officiel d’Ombreval Énergie pour les clients d’Auvergne-Rhône-Alpes. Nous répondons du lundi
> au vendredi, de 9 h à 18 h. ombreval.example/energie

## 2. Le ton

- **Clair** : des phrases courtes, des mots de tous les jours, pas de jargon interne ni de sigle sans
  explication.
- **Chaleureux sans familiarité** : on **vouvoie** en français ; on dit « nous » pour l’entité ; les
  réponses aux clients sont signées du prénom de la personne qui répond (« — Camille »).
- **Utile** : chaque publication apporte une information, un service ou une histoire vraie du
  terrain ; pas de publication « pour publier ».
- **Honnête** : quand on s’est trompé, on le dit, on s’excuse et on dit ce qu’on fait.
- Les émojis restent rares (un par message au plus) et jamais dans une réponse à une réclamation.

## 3. Les langues

Le groupe publie en **français**, **anglais**, **néerlandais** (Belgique) et **espagnol** (Espagne).
Un compte publie dans la langue de son public ; un même message n’est pas publié dans deux langues
sur le même compte. Les filiales qui souhaitent publier dans une autre langue en font la demande à la
Direction de la communication groupe.

## 4. Les contenus

- Les visuels viennent de la photothèque du groupe ou sont produits pour lui ; les droits sont vérifiés
  avant publication.
- Chaque image a un **texte alternatif** ; chaque vidéo a des **sous-titres**.
- Les mots-dièse du groupe : **#Ombreval**, **#OmbrevalRecrute** (offres d’emploi), **#Vélomb** ; deux
  mots-dièse par publication au plus.
- On ne reprend pas le logo d’un partenaire sans son accord.

## 5. Répondre

- On remercie, on répond à la question posée, on propose la suite (« Nous vous écrivons en message
  privé pour retrouver votre contrat »).
- On ne copie pas la même réponse type sous dix commentaires : chaque réponse s’adresse à quelqu’un.
- On ne débat pas avec un internaute agressif : on répond une fois, poliment, sur les faits.

## 6. Fermer un compte

Un compte qui ferme publie un dernier message qui dit pourquoi et où retrouver le groupe :

> Ce compte n’est plus animé. Retrouvez toute l’actualité d’Ombreval Mobilité sur @OmbrevalMobi et
> sur ombreval.example/mobilite. Merci de nous avoir suivis !
`),
};

export interface DemoPolicies {
  /** Versions published by this call (0 when the organisation already had its own documents). */
  published: number;
  /** The current version of each kind: the ones the demo's users acknowledge. */
  policyId: number;
  charterId: number;
  /** Version 1 of the policy (superseded), when this call published it. */
  policyV1Id: number | null;
}

/**
 * Publishes the demo's documents in the caller's transaction, each logged like a publication through
 * Vigie: the policy's version 1 about fourteen months before `at`, the charter ten months before, and
 * version 2 of the policy three weeks before. An organisation that already has documents keeps them:
 * nothing is published, and the current versions are answered.
 */
export async function loadDemoPolicies(trx: Q, at: string): Promise<DemoPolicies> {
  const current = await store.currentRows(trx);
  const existing = (kind: 'policy' | 'charter') => current.find((p) => p.kind === kind)?.id;
  const when = (daysBefore: number) => new Date(Date.parse(at) - daysBefore * DAY).toISOString();
  let published = 0;
  let policyV1Id: number | null = null;
  let policyId = existing('policy');
  let charterId = existing('charter');
  // In the order they were published, so that the change log reads in time order.
  if (policyId === undefined) {
    policyV1Id = await publishIn(trx, DEMO_ACTOR, DEMO_POLICY_V1, when(425));
    published += 1;
  }
  if (charterId === undefined) {
    charterId = await publishIn(trx, DEMO_ACTOR, DEMO_CHARTER, when(304));
    published += 1;
  }
  if (policyId === undefined) {
    policyId = await publishIn(trx, DEMO_ACTOR, DEMO_POLICY_V2, when(21));
    published += 1;
  }
  return { published, policyId, charterId, policyV1Id };
}
