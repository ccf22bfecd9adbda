// What single sign-on says to people, in English and French: the configuration's errors (read by
// whoever starts the server) and the reasons a sign-in was refused, which the callback puts in
// `/signin?error=<code>` for the sign-in page to show (`oidc.error.<code>`).
import type { Catalogue } from '../../core/i18n';

/** The codes the callback may put in `/signin?error=…`; the web app shows `oidc.error.<code>`. */
export const OIDC_ERROR_CODES = [
  'sso_not_configured',
  'sso_unavailable',
  'sso_state',
  'sso_denied',
  'sso_failed',
  'sso_email_unverified',
  'sso_unknown_user',
  'sso_conflict',
] as const;
export type OidcErrorCode = (typeof OIDC_ERROR_CODES)[number];

export const oidcMessages = {
  // ---------- configuration (thrown at start)
  'oidc.config_missing': {
    en: '{variable} is not set: single sign-on needs VIGIE_OIDC_ISSUER, VIGIE_OIDC_CLIENT_ID, VIGIE_OIDC_CLIENT_SECRET and VIGIE_OIDC_REDIRECT_URL (or none of them to turn it off).',
    fr: '{variable} n’est pas définie : l’authentification unique a besoin de VIGIE_OIDC_ISSUER, VIGIE_OIDC_CLIENT_ID, VIGIE_OIDC_CLIENT_SECRET et VIGIE_OIDC_REDIRECT_URL (ou d’aucune d’elles pour la désactiver).',
  },
  'oidc.config_url': {
    en: '{variable} must be an absolute http(s) address without a fragment; "{value}" is not.',
    fr: '{variable} doit être une adresse http(s) absolue sans fragment ; « {value} » n’en est pas une.',
  },
  'oidc.config_https': {
    en: '{variable} must use https ("{value}"); plain http is accepted only on a loopback address with VIGIE_OIDC_ALLOW_HTTP=1 (tests).',
    fr: '{variable} doit utiliser https (« {value} ») ; http n’est accepté que sur une adresse de bouclage avec VIGIE_OIDC_ALLOW_HTTP=1 (tests).',
  },
  'oidc.config_redirect_path': {
    en: 'VIGIE_OIDC_REDIRECT_URL must end with /api/auth/oidc/callback, Vigie’s callback ("{value}").',
    fr: 'VIGIE_OIDC_REDIRECT_URL doit se terminer par /api/auth/oidc/callback, l’adresse de retour de Vigie (« {value} »).',
  },

  // ---------- why a sign-in was refused (shown on the sign-in page)
  'oidc.error.sso_not_configured': {
    en: 'Single sign-on is not configured on this server.',
    fr: 'L’authentification unique n’est pas configurée sur ce serveur.',
  },
  'oidc.error.sso_unavailable': {
    en: 'The identity provider could not be reached. Try again in a moment, or sign in with your password.',
    fr: 'Le fournisseur d’identité est injoignable. Réessayez dans un instant ou connectez-vous avec votre mot de passe.',
  },
  'oidc.error.sso_state': {
    en: 'This sign-in attempt expired or did not start here. Start again from the sign-in page.',
    fr: 'Cette tentative de connexion a expiré ou n’a pas commencé ici. Recommencez depuis la page de connexion.',
  },
  'oidc.error.sso_denied': {
    en: 'The sign-in was cancelled at the identity provider.',
    fr: 'La connexion a été annulée chez le fournisseur d’identité.',
  },
  'oidc.error.sso_failed': {
    en: 'The identity provider’s answer could not be verified. Start again from the sign-in page.',
    fr: 'La réponse du fournisseur d’identité n’a pas pu être vérifiée. Recommencez depuis la page de connexion.',
  },
  'oidc.error.sso_email_unverified': {
    en: 'The identity provider did not confirm your e-mail address, so Vigie cannot tell which account is yours. Ask an administrator.',
    fr: 'Le fournisseur d’identité n’a pas confirmé votre adresse électronique : Vigie ne peut pas savoir quel compte est le vôtre. Adressez-vous à un administrateur.',
  },
  'oidc.error.sso_unknown_user': {
    en: 'No active Vigie account matches this identity. An administrator must create your account (with your e-mail address) first.',
    fr: 'Aucun compte Vigie actif ne correspond à cette identité. Un administrateur doit d’abord créer votre compte (avec votre adresse électronique).',
  },
  'oidc.error.sso_conflict': {
    en: 'This e-mail address matches several Vigie accounts, or an account already linked to another identity. Ask an administrator.',
    fr: 'Cette adresse électronique correspond à plusieurs comptes Vigie, ou à un compte déjà lié à une autre identité. Adressez-vous à un administrateur.',
  },
} satisfies Catalogue;
