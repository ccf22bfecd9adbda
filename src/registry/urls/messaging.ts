// Messaging platforms' channel and invitation URLs: Discord, Telegram, WhatsApp.
import { firstSegment, type Rule, words } from './context';

const telegramFirst = firstSegment(
  words('iv addstickers addemoji addtheme proxy socks setlanguage confirmphone bg invoice c contact'),
);

/** International phone digits for wa.me: `+33 6 12 34 56 78` and `0033…` → `33612345678`. */
function phone(text: string): string | null {
  if (!/^[+\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '').replace(/^00/, '');
  return digits || null;
}

export const MESSAGING_RULES: [string, Rule][] = [
  [
    'discord',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (a?.toLowerCase() === 'invite') return b;
        return c.base === 'discord.gg' ? a : null;
      },
    },
  ],
  [
    'telegram',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (!a) return null;
        const al = a.toLowerCase();
        if (al === 's') return b;
        if (al === 'joinchat') return b ? `+${b}` : null;
        // t.me/+33612345678 opens a chat with a phone number: a person, not a presence.
        if (a.startsWith('+')) return /^\+\d+$/.test(a) ? null : a;
        return telegramFirst(c);
      },
      fromHandle: (t, asPath) => (t.includes('/') ? asPath(t) : t.startsWith('+') ? t : t.replace(/^@/, '')),
      canon: (h) => (h.startsWith('+') ? h : h.toLowerCase()),
    },
  ],
  [
    'whatsapp',
    {
      subs: ['api', 'web'],
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (c.base === 'wa.me') return a && /^\+?\d[\d-]*$/.test(a) ? phone(a) : null;
        if (a === 'channel') return b ? `channel/${b}` : null;
        const number = c.query.get('phone');
        return (a === 'send' || a === undefined) && number ? phone(number) : null;
      },
      fromHandle: (t) => (/^channel\//i.test(t) ? `channel/${t.slice(8)}` : phone(t)),
      link: (h) => (h.startsWith('channel/') ? `https://www.whatsapp.com/${h}` : `https://wa.me/${h}`),
    },
  ],
];
