// Professional networks' and portfolios' profile URLs: LinkedIn, Viadeo, Xing, GitHub, SlideShare,
// Behance, Dribbble.
import { firstSegment, kinds, type Rule, withDefault, words } from './context';

const linkedinKinds = kinds({
  in: 'in',
  company: 'company',
  'company-beta': 'company',
  showcase: 'showcase',
  school: 'school',
  groups: 'groups',
});
const viadeoKinds = kinds({ profile: 'profile', company: 'company' });
const githubFirst = firstSegment(
  words(
    'orgs sponsors marketplace topics collections enterprise organizations new site customer-stories readme team events codespaces issues pulls stars gist copilot',
  ),
);

export const PROFESSIONAL_RULES: [string, Rule][] = [
  [
    'linkedin',
    {
      fromUrl: (c) => {
        const segs = c.segs[0] === 'organization-guest' ? c.segs.slice(1) : c.segs;
        // Pre-2015 group links: /groups?gid=123.
        if (segs[0] === 'groups' && !segs[1] && c.query.get('gid')) return `groups/${c.query.get('gid')}`;
        return linkedinKinds({ ...c, segs });
      },
      fromHandle: withDefault((n) => `company/${n}`),
    },
  ],
  [
    'viadeo',
    {
      fromUrl: (c) => {
        // Viadeo prefixed paths with the interface language: /fr/profile/jean.dupont.
        const segs = /^[a-z]{2}$/.test(c.segs[0] ?? '') ? c.segs.slice(1) : c.segs;
        return viadeoKinds({ ...c, segs });
      },
      fromHandle: withDefault((n) => `company/${n}`),
    },
  ],
  [
    'xing',
    {
      fromUrl: kinds({ profile: 'profile', pages: 'pages', companies: 'companies' }),
      fromHandle: withDefault((n) => `pages/${n}`),
    },
  ],
  [
    'github',
    {
      subs: ['gist'],
      fromUrl: (c) => {
        const [a, b] = c.segs;
        const al = a?.toLowerCase();
        if (al === 'orgs' || al === 'sponsors' || al === 'users') return b;
        return githubFirst(c);
      },
    },
  ],
  [
    'slideshare',
    {
      fromUrl: firstSegment(words('slideshow category featured popular mobile news pro w newsfeed upload')),
    },
  ],
  [
    'behance',
    {
      fromUrl: firstSegment(words('gallery galleries joblist hire live blog for_you onboarding')),
    },
  ],
  [
    'dribbble',
    {
      fromUrl: firstSegment(
        words('shots designers stories session pro resources learn hiring following colors'),
      ),
    },
  ],
];
