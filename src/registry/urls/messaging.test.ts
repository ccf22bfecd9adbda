// Messaging platforms' channel and invitation URLs (messaging.ts).
import { MESSAGING_RULES } from './messaging';
import { checkGroups, type Group } from './testing';

const GROUPS: Group[] = [
  {
    platform: 'telegram',
    key: 'acmenews',
    url: 'https://t.me/acmenews',
    inputs: [
      'https://t.me/AcmeNews',
      'https://telegram.me/s/acmenews',
      'https://t.me/acmenews/1234',
      ['@AcmeNews', 'telegram'],
    ],
  },
  {
    platform: 'telegram',
    key: '+AbCdEfGhIjKlMnOp',
    url: 'https://t.me/+AbCdEfGhIjKlMnOp',
    inputs: ['https://t.me/+AbCdEfGhIjKlMnOp', 'https://t.me/joinchat/AbCdEfGhIjKlMnOp'],
  },
  {
    platform: 'whatsapp',
    key: '33612345678',
    url: 'https://wa.me/33612345678',
    inputs: [
      'https://wa.me/33612345678',
      'https://api.whatsapp.com/send?phone=33612345678&text=Bonjour',
      ['+33 6 12 34 56 78', 'whatsapp'],
      ['0033 6 12 34 56 78', 'WhatsApp Business'],
    ],
  },
  {
    platform: 'whatsapp',
    key: 'channel/0029VaAbCdEfGhIjKlMnOp12',
    url: 'https://www.whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12',
    inputs: ['https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12'],
  },
  {
    platform: 'discord',
    key: 'AbCd123',
    url: 'https://discord.gg/AbCd123',
    inputs: [
      'https://discord.gg/AbCd123',
      'https://discord.com/invite/AbCd123',
      'discordapp.com/invite/AbCd123',
    ],
  },
];

checkGroups(GROUPS, MESSAGING_RULES);
