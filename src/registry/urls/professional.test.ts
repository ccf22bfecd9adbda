// Professional networks' and portfolios' profile URLs (professional.ts).
import { PROFESSIONAL_RULES } from './professional';
import { checkGroups, type Group } from './testing';

const GROUPS: Group[] = [
  {
    platform: 'linkedin',
    key: 'company/acme-france',
    url: 'https://www.linkedin.com/company/acme-france',
    inputs: [
      'https://www.linkedin.com/company/acme-france/',
      'https://fr.linkedin.com/company/acme-france/about/?originalSubdomain=fr',
      'linkedin.com/company/Acme-France/posts/?feedView=all',
      'https://www.linkedin.com/company-beta/acme-france/',
      ['acme-france', 'linkedin'],
      ['company/acme-france', 'LinkedIn page'],
    ],
  },
  {
    platform: 'linkedin',
    key: 'in/jérôme-dupont',
    url: 'https://www.linkedin.com/in/j%C3%A9r%C3%B4me-dupont',
    inputs: [
      'https://www.linkedin.com/in/j%C3%A9r%C3%B4me-dupont/',
      'https://uk.linkedin.com/in/Jérôme-Dupont',
      // The same name with decomposed accents (as macOS pastes it).
      'https://www.linkedin.com/in/je\u0301ro\u0302me-dupont',
    ],
  },
  {
    platform: 'linkedin',
    key: 'showcase/acme-labs',
    url: 'https://www.linkedin.com/showcase/acme-labs',
    inputs: ['https://www.linkedin.com/showcase/acme-labs/', ['showcase/acme-labs', 'linkedin']],
  },
  {
    platform: 'linkedin',
    key: 'school/universite-de-lyon',
    url: 'https://www.linkedin.com/school/universite-de-lyon',
    inputs: ['https://www.linkedin.com/school/universite-de-lyon/people/'],
  },
  {
    platform: 'linkedin',
    key: 'groups/1234567',
    url: 'https://www.linkedin.com/groups/1234567',
    inputs: [
      'https://www.linkedin.com/groups/1234567/',
      'http://www.linkedin.com/groups?gid=1234567&trk=hb_side_g',
    ],
  },
  {
    platform: 'github',
    key: 'acme-corp',
    url: 'https://github.com/acme-corp',
    inputs: [
      'https://github.com/acme-corp',
      'https://github.com/Acme-Corp/website/issues/12',
      'https://github.com/orgs/acme-corp/people',
    ],
  },
  {
    platform: 'slideshare',
    key: 'acmefrance',
    url: 'https://www.slideshare.net/acmefrance',
    inputs: [
      'https://fr.slideshare.net/acmefrance/strategie-social-media-2012',
      'http://www.slideshare.net/AcmeFrance',
    ],
  },
  {
    platform: 'viadeo',
    key: 'company/acme-france',
    url: 'https://www.viadeo.com/fr/company/acme-france',
    inputs: [
      'http://www.viadeo.com/fr/company/acme-france',
      'http://fr.viadeo.com/en/company/Acme-France',
      ['acme-france', 'viadeo'],
    ],
  },
  {
    platform: 'viadeo',
    key: 'profile/jean.dupont',
    url: 'https://www.viadeo.com/fr/profile/jean.dupont',
    inputs: ['http://fr.viadeo.com/fr/profile/jean.dupont'],
  },
  {
    platform: 'xing',
    key: 'pages/acme-gmbh',
    url: 'https://www.xing.com/pages/acme-gmbh',
    inputs: ['https://www.xing.com/pages/acme-gmbh'],
  },
  {
    platform: 'behance',
    key: 'acmestudio',
    url: 'https://www.behance.net/acmestudio',
    inputs: ['https://www.behance.net/AcmeStudio/projects'],
  },
  {
    platform: 'dribbble',
    key: 'acmestudio',
    url: 'https://dribbble.com/acmestudio',
    inputs: ['https://dribbble.com/acmestudio/shots'],
  },
];

checkGroups(GROUPS, PROFESSIONAL_RULES);
