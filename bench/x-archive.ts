// Writes a synthetic X archive (a folder, as the platform's ZIP unpacks) of N tweets, streamed to
// disk: realistic fields, counts as strings, mentions, replies, retweets, links.
import fs from 'node:fs';
import path from 'node:path';

export async function writeXArchive(dir: string, tweets: number): Promise<number> {
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'data', 'manifest.js'),
    `window.__THAR_CONFIG = ${JSON.stringify({
      userInfo: { accountId: '987654321', userName: 'ombreval_bench', displayName: 'Ombreval Bench' },
      archiveInfo: { sizeBytes: '0', generationDate: '2026-11-01T10:00:00.000Z', isPartialArchive: false },
      dataTypes: {
        tweets: {
          files: [{ fileName: 'data/tweets.js', globalName: 'YTD.tweets.part0', count: String(tweets) }],
        },
      },
    })}`,
  );
  fs.writeFileSync(
    path.join(dir, 'data', 'account.js'),
    `window.YTD.account.part0 = ${JSON.stringify([
      {
        account: {
          accountId: '987654321',
          username: 'ombreval_bench',
          accountDisplayName: 'Ombreval Bench',
          createdAt: '2010-03-04T10:00:00.000Z',
        },
      },
    ])}`,
  );
  const out = fs.createWriteStream(path.join(dir, 'data', 'tweets.js'));
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write('window.YTD.tweets.part0 = [ ');
  const start = Date.UTC(2012, 0, 1);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  let chunk = '';
  for (let i = 0; i < tweets; i++) {
    const d = new Date(start + i * 4 * 60_000);
    const created = `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${d.toISOString().slice(11, 19)} +0000 ${d.getUTCFullYear()}`;
    const mention = i % 5 === 0 ? `@client${i % 997} ` : '';
    const rt = i % 11 === 0;
    const tweet = {
      tweet: {
        edit_info: {
          initial: {
            editTweetIds: [String(1e15 + i)],
            editableUntil: d.toISOString(),
            editsRemaining: '5',
            isEditEligible: true,
          },
        },
        retweeted: false,
        source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        entities: {
          hashtags: [],
          symbols: [],
          user_mentions: mention
            ? [
                {
                  name: `Client ${i % 997}`,
                  screen_name: `client${i % 997}`,
                  indices: ['0', '10'],
                  id_str: String(5000 + (i % 997)),
                  id: String(5000 + (i % 997)),
                },
              ]
            : [],
          urls:
            i % 7 === 0
              ? [
                  {
                    url: 'https://t.co/abc',
                    expanded_url: `https://www.ombreval.example/actu/${i}`,
                    display_url: 'ombreval.example/actu',
                    indices: ['40', '63'],
                  },
                ]
              : [],
        },
        display_text_range: ['0', '120'],
        favorite_count: String(i % 97),
        id_str: String(1e15 + i),
        truncated: false,
        retweet_count: String(i % 13),
        id: String(1e15 + i),
        created_at: created,
        favorited: false,
        full_text: `${rt ? `RT @partenaire${i % 31}: ` : mention}Ombreval vous informe : nouvelle étape du projet n°${i}, plus d'informations sur notre site. #énergie`,
        lang: i % 3 === 0 ? 'en' : 'fr',
        ...(i % 9 === 0
          ? {
              in_reply_to_status_id_str: String(1e15 + i - 1),
              in_reply_to_screen_name: `client${i % 997}`,
              in_reply_to_user_id_str: String(5000 + (i % 997)),
            }
          : {}),
      },
    };
    chunk += `${i ? ', ' : ''}${JSON.stringify(tweet, null, 2)}`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(`${chunk} ]`);
  await new Promise<void>((r) => out.end(() => r()));
  return fs.statSync(path.join(dir, 'data', 'tweets.js')).size;
}
