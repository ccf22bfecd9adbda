// A calendar date typed the way both French and British readers write it (dd/mm/yyyy), kept as
// YYYY-MM-DD. The browser's own date input would show its interface language's format instead
// (mm/dd/yyyy on an American-English browser), whatever the page's language; its calendar is still
// offered through the button.
import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';

const pad = (n: number) => String(n).padStart(2, '0');

function toText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** dd/mm/yyyy (also with dots or dashes) or YYYY-MM-DD → YYYY-MM-DD; '' when empty; null when invalid. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  if (!s) return '';
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function DateField({
  value,
  onChange,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (iso: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(toText(value));
  const [invalid, setInvalid] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setText(toText(value));
    setInvalid(false);
  }, [value]);

  const commit = (next: string) => {
    setText(next);
    const iso = parseDate(next);
    setInvalid(iso === null);
    if (iso !== null && iso !== value) onChange(iso);
  };

  return (
    <>
      <TextInput
        {...props}
        value={text}
        placeholder={t('date.placeholder')}
        onChange={(e) => commit(e.currentTarget.value)}
        onBlur={() => !invalid && setText(toText(value))}
        error={invalid ? t('date.invalid') : props.error}
        inputMode="numeric"
        rightSection={
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('date.open')}
            onClick={() => picker.current?.showPicker?.()}
            tabIndex={-1}
          >
            <IconCalendar size={15} />
          </ActionIcon>
        }
      />
      <input
        ref={picker}
        type="date"
        value={value}
        onChange={(e) => commit(toText(e.currentTarget.value))}
        tabIndex={-1}
        aria-hidden
        style={{ position: 'absolute', width: 0, height: 0, opacity: 0, pointerEvents: 'none' }}
      />
    </>
  );
}
