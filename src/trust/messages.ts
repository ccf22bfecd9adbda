// What signing in, access control and user administration say to people, in English and French.
import type { Catalogue } from '../core/i18n';

export const trustMessages = {
  'auth.required': { en: 'Sign in first.', fr: 'Connectez-vous d’abord.' },
  'auth.expired': {
    en: 'Your session has ended: sign in again.',
    fr: 'Votre session a pris fin : reconnectez-vous.',
  },
  'auth.failed': { en: 'Wrong login or password.', fr: 'Identifiant ou mot de passe incorrect.' },
  'auth.throttled': {
    en: 'Too many attempts for this login from this device or address: try again in {wait}.',
    fr: 'Trop de tentatives pour cet identifiant depuis cet appareil ou cette adresse : réessayez dans {wait}.',
  },
  'auth.rate_limited': {
    en: 'Too many attempts: try again in {seconds} seconds.',
    fr: 'Trop d’essais : réessayez dans {seconds} secondes.',
  },
  'auth.csrf': {
    en: 'The request did not come from a Vigie page (CSRF token missing or wrong). Reload the page.',
    fr: 'La requête ne vient pas d’une page de Vigie (jeton CSRF absent ou faux). Rechargez la page.',
  },
  'auth.cross_origin': {
    en: 'Changes are only accepted from Vigie’s own pages.',
    fr: 'Les modifications ne sont acceptées que depuis les pages de Vigie.',
  },
  'auth.setup_code': {
    en: 'The setup code is not the one the server printed.',
    fr: 'Le code d’installation n’est pas celui que le serveur a affiché.',
  },
  'auth.setup_done': {
    en: 'Vigie already has users: sign in instead.',
    fr: 'Vigie a déjà des utilisateurs : connectez-vous.',
  },
  'auth.current_wrong': { en: 'The current password is wrong.', fr: 'Le mot de passe actuel est incorrect.' },
  'auth.password_same': {
    en: 'Choose a password different from the current one.',
    fr: 'Choisissez un mot de passe différent de l’actuel.',
  },
  'auth.password_personal': {
    en: 'The password must not contain the login, the name, the e-mail address, the organisation’s name or “Vigie”.',
    fr: 'Le mot de passe ne doit contenir ni l’identifiant, ni le nom, ni l’adresse électronique, ni le nom de l’organisation, ni « Vigie ».',
  },
  'auth.password_common': {
    en: 'This password is one of the most common ones (or one with only digits or symbols added): choose another.',
    fr: 'Ce mot de passe fait partie des plus courants (ou n’en diffère que par des chiffres ou des symboles ajoutés) : choisissez-en un autre.',
  },
  'auth.password_weak': {
    en: 'This password is too easy to guess. {warning}Choose a longer one: several unrelated words are easy to remember and hard to guess.',
    fr: 'Ce mot de passe est trop facile à deviner. {warning}Choisissez-en un plus long : plusieurs mots sans rapport entre eux se retiennent facilement et se devinent difficilement.',
  },
  'access.forbidden': {
    en: 'Your role does not allow this ({permission}).',
    fr: 'Votre rôle ne le permet pas ({permission}).',
  },
  'user.not_found': { en: 'No user with id {id}.', fr: 'Aucun utilisateur ne porte l’identifiant {id}.' },
  'user.login_taken': {
    en: 'The login "{login}" is already used.',
    fr: 'L’identifiant « {login} » est déjà utilisé.',
  },
  'user.unknown_person': {
    en: 'No person with id {id}.',
    fr: 'Aucune personne ne porte l’identifiant {id}.',
  },
  'user.grants_invalid': {
    en: 'Some roles cannot be given as they are.',
    fr: 'Certains rôles ne peuvent pas être donnés tels quels.',
  },
  'user.grant_needs_unit': {
    en: 'A {role} role names a unit.',
    fr: 'Un rôle {role} désigne une entité.',
  },
  'user.grant_needs_presence': {
    en: 'A {role} role names a presence.',
    fr: 'Un rôle {role} désigne une présence.',
  },
  'user.grant_unknown_unit': {
    en: 'No unit with id {id}.',
    fr: 'Aucune entité ne porte l’identifiant {id}.',
  },
  'user.grant_unknown_presence': {
    en: 'No presence with id {id}.',
    fr: 'Aucune présence ne porte l’identifiant {id}.',
  },
  'user.last_admin': {
    en: 'This would leave Vigie without any active admin.',
    fr: 'Vigie se retrouverait sans aucun administrateur actif.',
  },
  'cli.as_required': {
    en: 'This organisation has users: say who you are with --as <login> (or VIGIE_AS).',
    fr: 'Cette organisation a des utilisateurs : dites qui vous êtes avec --as <identifiant> (ou VIGIE_AS).',
  },
  'cli.unknown_user': {
    en: 'No active user with the login "{login}".',
    fr: 'Aucun utilisateur actif n’a l’identifiant « {login} ».',
  },
  'start.setup': {
    en: 'No user yet. Create the first admin at {url}/setup?code={code}  (or: vigie user add <login> --name "…" --role admin)',
    fr: 'Aucun utilisateur pour l’instant. Créez le premier administrateur sur {url}/setup?code={code}  (ou : vigie user add <identifiant> --name "…" --role admin)',
  },
  'start.demo_logins': {
    en: 'Demo logins (password for all: {password}; a demo, never production):',
    fr: 'Comptes de démonstration (mot de passe pour tous : {password} ; démonstration, jamais en production) :',
  },
  'trust.role.admin': { en: 'admin', fr: 'administrateur' },
  'trust.role.unit_manager': { en: 'unit manager', fr: 'responsable d’entité' },
  'trust.role.community_manager': { en: 'community manager', fr: 'community manager' },
  'trust.role.analyst': { en: 'analyst', fr: 'analyste' },
  'trust.role.records_manager': { en: 'records manager', fr: 'records manager (archives)' },
  'trust.role.auditor': { en: 'auditor', fr: 'auditeur' },
  'trust.role.agency': { en: 'agency', fr: 'agence' },
  'trust.scope.presences': { en: '{count} presences', fr: '{count} présences' },
  'trust.scope.organisation': { en: 'whole organisation', fr: 'toute l’organisation' },
  'user.cli.cmd': { en: 'Users, their roles and passwords', fr: 'Utilisateurs, rôles et mots de passe' },
  'user.cli.cmd.list': { en: 'List users and their roles', fr: 'Lister les utilisateurs et leurs rôles' },
  'user.cli.cmd.add': {
    en: 'Create a user (a temporary password is printed once)',
    fr: 'Créer un utilisateur (un mot de passe temporaire est affiché une fois)',
  },
  'user.cli.cmd.grant': {
    en: 'Give a user a role (replaces nothing; use revoke to remove)',
    fr: 'Donner un rôle à un utilisateur (ne remplace rien ; revoke pour retirer)',
  },
  'user.cli.cmd.revoke': { en: 'Take a role back from a user', fr: 'Retirer un rôle à un utilisateur' },
  'user.cli.cmd.reset': {
    en: 'Give a user a temporary password (their sessions end)',
    fr: 'Donner un mot de passe temporaire à un utilisateur (ses sessions prennent fin)',
  },
  'user.cli.cmd.unlock': {
    en: 'Clear the sign-in throttling of a login after failed attempts (no account is ever locked)',
    fr: 'Lever le ralentissement des connexions d’un identifiant après des échecs (aucun compte n’est jamais verrouillé)',
  },
  'user.cli.cmd.disable': {
    en: 'Disable a user (sessions end)',
    fr: 'Désactiver un utilisateur (sessions closes)',
  },
  'user.cli.cmd.enable': { en: 'Enable a disabled user', fr: 'Réactiver un utilisateur désactivé' },
  'user.cli.opt.name': { en: 'full name', fr: 'nom complet' },
  'user.cli.opt.email': { en: 'e-mail address', fr: 'adresse e-mail' },
  'user.cli.opt.person': { en: 'the registry person this user is (id)', fr: 'la personne du registre (id)' },
  'user.cli.opt.role': { en: 'role', fr: 'rôle' },
  'user.cli.opt.unit': { en: 'unit (name) for a unit manager', fr: 'entité (nom) d’un responsable d’entité' },
  'user.cli.opt.presence': {
    en: 'presence id for a community manager or an agency (repeatable)',
    fr: 'id de présence d’un community manager ou d’une agence (répétable)',
  },
  'user.cli.opt.password_stdin': {
    en: 'read the password from standard input instead of generating a temporary one',
    fr: 'lire le mot de passe sur l’entrée standard au lieu d’en générer un temporaire',
  },
  'user.cli.created': { en: 'User {login} created (id {id}).', fr: 'Utilisateur {login} créé (id {id}).' },
  'user.cli.temporary': {
    en: 'Temporary password (shown once; to be changed at first sign-in): {password}',
    fr: 'Mot de passe temporaire (affiché une fois ; à changer à la première connexion) : {password}',
  },
  'user.cli.updated': { en: 'User {login} updated.', fr: 'Utilisateur {login} modifié.' },
  'user.cli.unknown': {
    en: 'No user with the login "{login}".',
    fr: 'Aucun utilisateur n’a l’identifiant « {login} ».',
  },
  'user.cli.status.active': { en: 'active', fr: 'actif' },
  'user.cli.status.disabled': { en: 'disabled', fr: 'désactivé' },
  'user.cli.status.throttled': { en: 'throttled', fr: 'ralenti' },
  'user.cli.head.login': { en: 'Login', fr: 'Identifiant' },
  'user.cli.head.name': { en: 'Name', fr: 'Nom' },
  'user.cli.head.roles': { en: 'Roles', fr: 'Rôles' },
  'user.cli.head.status': { en: 'Status', fr: 'Statut' },
  'user.cli.head.last': { en: 'Last sign-in', fr: 'Dernière connexion' },
} satisfies Catalogue;
