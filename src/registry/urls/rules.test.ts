// Platforms without a rule of their own: their profile is the first path segment (rules.ts).
import { checkGroups, type Group } from './testing';

const GROUPS: Group[] = [
  {
    platform: 'myspace',
    key: 'acmeband',
    url: 'https://myspace.com/acmeband',
    inputs: ['https://myspace.com/AcmeBand/music/songs'],
  },
  {
    platform: 'storify',
    key: 'acmefr',
    url: 'https://storify.com/acmefr',
    inputs: ['http://storify.com/AcmeFR/live-salon-2013'],
  },
  {
    platform: 'periscope',
    key: 'acmefr',
    url: 'https://www.pscp.tv/acmefr',
    inputs: ['https://www.periscope.tv/AcmeFR/1abcdefghijkl', 'https://www.pscp.tv/acmefr'],
  },
  {
    platform: 'delicious',
    key: 'acme',
    url: 'https://del.icio.us/acme',
    inputs: ['http://del.icio.us/acme', 'https://delicious.com/Acme'],
  },
  {
    platform: 'friendfeed',
    key: 'acme',
    url: 'https://friendfeed.com/acme',
    inputs: ['http://friendfeed.com/acme'],
  },
];

checkGroups(GROUPS);
