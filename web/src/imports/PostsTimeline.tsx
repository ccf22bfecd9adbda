// A presence's posts, newest first, a page at a time: when, what kind, the text as written (line
// breaks kept, never read as HTML), what the audience did with it, and a link to the post itself.
import { Anchor, Badge, Box, Button, Card, Divider, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import {
  IconBookmark,
  IconClick,
  IconExternalLink,
  IconEye,
  IconHeart,
  IconMessageCircle,
  IconPaperclip,
  IconQuote,
  IconRepeat,
} from '@tabler/icons-react';
import { Fragment } from 'react';
import { useFormat } from '../app/format';
import { Loading, QueryError } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { safeHref } from './bits';
import { COUNT_KINDS, type CountKind, type Post, type PostKind, usePresencePosts } from './queries';

const COUNT_ICON: Record<CountKind, typeof IconHeart> = {
  likes: IconHeart,
  shares: IconRepeat,
  replies: IconMessageCircle,
  quotes: IconQuote,
  views: IconEye,
  saves: IconBookmark,
  clicks: IconClick,
};

const KIND_COLOR: Record<PostKind, string> = {
  original: 'vigie',
  reply: 'grape',
  share: 'teal',
  quote: 'orange',
};

function Counts({ post }: { post: Post }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shown = COUNT_KINDS.filter((k) => post.counts[k] !== null && post.counts[k] !== undefined);
  if (shown.length === 0 && post.media.length === 0) return null;
  return (
    <Group gap="md" wrap="wrap" data-testid="post-counts">
      {shown.map((k) => {
        const Icon = COUNT_ICON[k];
        const label = t('activity.countLabel', {
          label: t(`activity.counts.${k}`),
          value: f.number(post.counts[k]),
        });
        return (
          <Tooltip key={k} label={label}>
            <Group gap={4} wrap="nowrap" aria-label={label} role="img">
              <Icon size={15} stroke={1.7} color="var(--mantine-color-gray-6)" />
              <Text size="xs" c="gray.7" className="vigie-num">
                {f.compact(post.counts[k])}
              </Text>
            </Group>
          </Tooltip>
        );
      })}
      {post.media.length > 0 && (
        <Group gap={4} wrap="nowrap">
          <IconPaperclip size={15} stroke={1.7} color="var(--mantine-color-gray-6)" />
          <Text size="xs" c="gray.7">
            {t('activity.media', { count: post.media.length, value: f.number(post.media.length) })}
          </Text>
        </Group>
      )}
    </Group>
  );
}

function PostItem({ post }: { post: Post }) {
  const { t } = useTranslation();
  const f = useFormat();
  const href = safeHref(post.url);
  const links = post.links.map((l) => ({ text: l, href: safeHref(l) })).filter((l) => l.href !== null);
  return (
    <Box component="article" data-testid="post" py="sm">
      <Group justify="space-between" gap="sm" wrap="nowrap" mb={6}>
        <Group gap="sm" wrap="wrap">
          <Text size="sm" fw={600} component="time" dateTime={post.publishedAt}>
            {f.dateTime(post.publishedAt)}
          </Text>
          <Badge size="sm" variant="light" color={KIND_COLOR[post.kind] ?? 'gray'} tt="none">
            {t(`activity.kind.${post.kind}`)}
          </Badge>
          {post.language && (
            <Badge size="sm" variant="outline" color="gray" tt="none" fw={500}>
              {f.languageName(post.language)}
            </Badge>
          )}
        </Group>
        {href && (
          <Anchor
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            size="xs"
            style={{ whiteSpace: 'nowrap', display: 'inline-flex', alignItems: 'center', gap: 4 }}
          >
            {t('activity.openPost')}
            <IconExternalLink size={13} />
          </Anchor>
        )}
      </Group>
      {post.text ? (
        <Text size="sm" maw={780} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} mb={6}>
          {post.text}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" fs="italic" mb={6}>
          {t('activity.noText')}
        </Text>
      )}
      {links.length > 0 && (
        <Stack gap={0} mb={6}>
          {links.slice(0, 5).map((l) => (
            <Anchor
              key={l.text}
              href={l.href ?? undefined}
              target="_blank"
              rel="noopener noreferrer"
              size="xs"
              truncate
              maw={560}
            >
              {l.text}
            </Anchor>
          ))}
        </Stack>
      )}
      <Counts post={post} />
    </Box>
  );
}

export function PostsTimeline({ presenceId, total }: { presenceId: number; total: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const posts = usePresencePosts(presenceId, total > 0);
  const list = posts.data?.pages.flat() ?? [];
  return (
    <Card data-testid="posts-timeline">
      <Title order={3} fz="lg">
        {t('activity.postsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('activity.postsHint')}
      </Text>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activity.postsNone')}
        </Text>
      ) : posts.isPending ? (
        <Loading height={160} />
      ) : posts.isError ? (
        <QueryError error={posts.error} onRetry={() => void posts.refetch()} />
      ) : (
        <>
          <Stack gap={0}>
            {list.map((p, n) => (
              <Fragment key={p.id}>
                {n > 0 && <Divider color="gray.2" />}
                <PostItem post={p} />
              </Fragment>
            ))}
          </Stack>
          <Divider color="gray.2" mb="sm" />
          <Group justify="space-between" gap="md">
            <Text size="xs" c="dimmed" data-testid="posts-shown">
              {posts.hasNextPage
                ? t('activity.shown', { shown: f.number(list.length), total: f.number(total) })
                : t('activity.allShown', { value: f.number(list.length) })}
            </Text>
            {posts.hasNextPage && (
              <Button
                variant="default"
                size="xs"
                onClick={() => void posts.fetchNextPage()}
                loading={posts.isFetchingNextPage}
                data-testid="load-more"
              >
                {t('activity.loadMore')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Card>
  );
}
