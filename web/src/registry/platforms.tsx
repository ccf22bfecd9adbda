// How a platform looks in the app: its brand mark (or a neutral one) in its brand colour, and its name
// from the catalogue served by the API.
import { Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconAt,
  IconBrandBlogger,
  IconBrandBluesky,
  IconBrandDiscord,
  IconBrandFacebook,
  IconBrandFlickr,
  IconBrandFoursquare,
  IconBrandGithub,
  IconBrandGoogle,
  IconBrandGoogleMaps,
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandMastodon,
  IconBrandMedium,
  IconBrandPinterest,
  IconBrandReddit,
  IconBrandSnapchat,
  IconBrandSoundcloud,
  IconBrandTelegram,
  IconBrandThreads,
  IconBrandTiktok,
  IconBrandTumblr,
  IconBrandTwitch,
  IconBrandVimeo,
  IconBrandWhatsapp,
  IconBrandWordpress,
  IconBrandX,
  IconBrandXing,
  IconBrandYoutube,
  IconPlayerPlay,
  IconPresentation,
  IconVideo,
  IconWorld,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useMemo } from 'react';
import type { Platform } from '../../../src/registry/model';
import { useTranslation } from '../i18n/useTranslation';
import { usePlatforms } from './queries';

type Icon = ComponentType<{ size?: number | string; stroke?: number }>;

const LOOK: Record<string, { icon: Icon; color: string }> = {
  x: { icon: IconBrandX, color: '#14171a' },
  twitter: { icon: IconBrandX, color: '#14171a' },
  facebook: { icon: IconBrandFacebook, color: '#1877f2' },
  instagram: { icon: IconBrandInstagram, color: '#d62976' },
  linkedin: { icon: IconBrandLinkedin, color: '#0a66c2' },
  youtube: { icon: IconBrandYoutube, color: '#e62117' },
  tiktok: { icon: IconBrandTiktok, color: '#111111' },
  pinterest: { icon: IconBrandPinterest, color: '#bd081c' },
  snapchat: { icon: IconBrandSnapchat, color: '#e0c200' },
  threads: { icon: IconBrandThreads, color: '#222222' },
  mastodon: { icon: IconBrandMastodon, color: '#6364ff' },
  bluesky: { icon: IconBrandBluesky, color: '#0a7aff' },
  reddit: { icon: IconBrandReddit, color: '#ff4500' },
  tumblr: { icon: IconBrandTumblr, color: '#36465d' },
  flickr: { icon: IconBrandFlickr, color: '#0063dc' },
  vimeo: { icon: IconBrandVimeo, color: '#1ab7ea' },
  dailymotion: { icon: IconVideo, color: '#0066dc' },
  slideshare: { icon: IconPresentation, color: '#0077b5' },
  medium: { icon: IconBrandMedium, color: '#222222' },
  github: { icon: IconBrandGithub, color: '#24292f' },
  twitch: { icon: IconBrandTwitch, color: '#9146ff' },
  discord: { icon: IconBrandDiscord, color: '#5865f2' },
  telegram: { icon: IconBrandTelegram, color: '#229ed9' },
  whatsapp: { icon: IconBrandWhatsapp, color: '#25d366' },
  viadeo: { icon: IconAt, color: '#f07355' },
  xing: { icon: IconBrandXing, color: '#026466' },
  'google-business': { icon: IconBrandGoogleMaps, color: '#4285f4' },
  googleplus: { icon: IconBrandGoogle, color: '#db4437' },
  foursquare: { icon: IconBrandFoursquare, color: '#f94877' },
  scoopit: { icon: IconAt, color: '#6cb33e' },
  myspace: { icon: IconAt, color: '#313131' },
  storify: { icon: IconAt, color: '#3a98d9' },
  periscope: { icon: IconPlayerPlay, color: '#40a4c4' },
  vine: { icon: IconPlayerPlay, color: '#00b489' },
  wordpress: { icon: IconBrandWordpress, color: '#21759b' },
  blogger: { icon: IconBrandBlogger, color: '#f57d00' },
  soundcloud: { icon: IconBrandSoundcloud, color: '#ff5500' },
  website: { icon: IconWorld, color: '#5c677d' },
};

export function platformLook(id: string): { icon: Icon; color: string } {
  return LOOK[id] ?? { icon: IconAt, color: '#5c677d' };
}

export interface PlatformDirectory {
  list: Platform[];
  get(id: string): Platform | undefined;
  name(id: string): string;
}

/** The platform catalogue with lookups; names fall back to the catalogue words for website/other. */
export function usePlatformDirectory(): PlatformDirectory {
  const { data } = usePlatforms();
  const { t } = useTranslation();
  return useMemo(() => {
    const list = [...(data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    const byId = new Map(list.map((p) => [p.id, p]));
    return {
      list,
      get: (id) => byId.get(id),
      name: (id) => {
        const p = byId.get(id);
        if (p) return p.name;
        if (id === 'website') return t('platform.website');
        if (id === 'other') return t('platform.other');
        return id;
      },
    };
  }, [data, t]);
}

export function PlatformIcon({ id, size = 26, dead = false }: { id: string; size?: number; dead?: boolean }) {
  const look = platformLook(id);
  const Glyph = look.icon;
  return (
    <ThemeIcon
      size={size}
      radius="sm"
      variant="filled"
      color={dead ? 'gray.5' : look.color}
      style={{ flex: 'none' }}
      aria-hidden
    >
      <Glyph size={Math.round(size * 0.66)} stroke={1.8} />
    </ThemeIcon>
  );
}

/** Icon and name; dead platforms are greyed and say when they closed. */
export function PlatformLabel({
  id,
  size = 22,
  withName = true,
}: {
  id: string;
  size?: number;
  withName?: boolean;
}) {
  const directory = usePlatformDirectory();
  const { t } = useTranslation();
  const p = directory.get(id);
  const dead = p ? !p.alive : false;
  const name = directory.name(id);
  const label = (
    <Group gap={8} wrap="nowrap">
      <PlatformIcon id={id} size={size} dead={dead} />
      {withName && (
        <Text size="sm" c={dead ? 'dimmed' : undefined} truncate>
          {name}
        </Text>
      )}
    </Group>
  );
  if (!dead) return withName ? label : <Tooltip label={name}>{label}</Tooltip>;
  return (
    <Tooltip
      label={
        p?.closedYear ? t('platform.closedIn', { name, year: p.closedYear }) : t('platform.closed', { name })
      }
    >
      {label}
    </Tooltip>
  );
}
