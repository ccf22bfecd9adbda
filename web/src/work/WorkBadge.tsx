// The count on the menu's "My work" entry: the reader's open tasks overdue or due within three days
// (nothing when there are none). Red when one is overdue.
import { Badge } from '@mantine/core';
import { urgency } from '../../../src/work/model';
import { useFormat } from '../app/format';
import { useTranslation } from '../i18n/useTranslation';
import { today } from '../registry/meta';
import { pressingCount } from './home';
import { useWork } from './queries';

export function WorkBadge() {
  const { t } = useTranslation();
  const f = useFormat();
  const work = useWork();
  const tasks = work.data?.tasks ?? [];
  const day = today();
  const count = pressingCount(tasks, day);
  if (!count) return null;
  const late = tasks.some((x) => urgency(x, day) === 'overdue');
  return (
    <Badge
      size="sm"
      color={late ? 'red' : 'orange'}
      variant="filled"
      circle={count < 10}
      aria-label={t('work.nav.pressing', { count, value: f.number(count) })}
      data-testid="work-pressing"
    >
      {f.number(count)}
    </Badge>
  );
}
