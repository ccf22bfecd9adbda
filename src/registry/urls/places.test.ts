// Local listings' URLs (places.ts): Google Business Profiles by their CID, Foursquare, Yelp.
import { PLACE_RULES } from './places';
import { checkGroups, type Group } from './testing';

/** A Google CID from the hex feature id a place URL carries. */
const cid = (hex: string) => BigInt(`0x${hex}`).toString();

const GROUPS: Group[] = [
  {
    platform: 'google-business',
    key: `cid/${cid('112210ab6acf2515')}`,
    url: `https://maps.google.com/?cid=${cid('112210ab6acf2515')}`,
    inputs: [
      `https://maps.google.com/?cid=${cid('112210ab6acf2515')}`,
      `https://www.google.fr/maps?cid=${cid('112210ab6acf2515')}&hl=fr`,
      'https://www.google.com/maps/place/Acme+Paris/@48.85,2.35,17z/data=!3m1!4b1!4m5!3m4!1s0x47e66e2964e34e2d:0x112210ab6acf2515!8m2!3d48.85!4d2.35',
      'https://maps.google.fr/maps/place/Acme/data=!4m2!3m1!1s0x47e66e2964e34e2d:0x112210ab6acf2515',
      [cid('112210ab6acf2515'), 'Google My Business'],
    ],
  },
  {
    platform: 'google-business',
    key: 'acme-paris',
    url: 'https://g.page/acme-paris',
    inputs: ['https://g.page/acme-paris/review', 'https://g.page/Acme-Paris?share'],
  },
  {
    platform: 'google-business',
    key: 'r/CAbCdEfGhIjK',
    url: 'https://g.page/r/CAbCdEfGhIjK',
    inputs: ['https://g.page/r/CAbCdEfGhIjK/review'],
  },
  {
    platform: 'google-business',
    key: 'maps.app.goo.gl/AbCdEfGh12345',
    url: 'https://maps.app.goo.gl/AbCdEfGh12345',
    inputs: ['https://maps.app.goo.gl/AbCdEfGh12345', 'maps.app.goo.gl/AbCdEfGh12345?g_st=iw'],
  },
  {
    platform: 'google-business',
    key: 'place/acme paris',
    url: 'https://www.google.com/maps/place/acme+paris',
    inputs: ['https://www.google.com/maps/place/Acme+Paris/', ['place/Acme Paris', 'google-business']],
  },
  {
    platform: 'foursquare',
    key: 'v/4b0c8f6af964a520ed3a23e3',
    url: 'https://foursquare.com/v/4b0c8f6af964a520ed3a23e3',
    inputs: [
      'https://foursquare.com/v/acme-paris/4b0c8f6af964a520ed3a23e3',
      'https://fr.foursquare.com/v/4b0c8f6af964a520ed3a23e3',
    ],
  },
  {
    platform: 'yelp',
    key: 'biz/acme-paris-2',
    url: 'https://www.yelp.com/biz/acme-paris-2',
    inputs: ['https://www.yelp.fr/biz/acme-paris-2', 'https://www.yelp.com/biz/acme-paris-2?osq=Restaurants'],
  },
];

checkGroups(GROUPS, PLACE_RULES);
