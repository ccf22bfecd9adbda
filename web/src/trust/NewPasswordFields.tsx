// A new password and its confirmation, as the account page and the first setup ask for them: the
// rules under the first field, and what is wrong (too short, too long, not the same) once the
// person has tried to submit, unless the server said something about the password itself.
import { PasswordInput } from '@mantine/core';
import { useTranslation } from '../i18n/useTranslation';
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './forms';

export function NewPasswordFields({
  value,
  onChange,
  confirm,
  onConfirm,
  touched,
  serverError,
  name,
  testIds,
}: {
  value: string;
  onChange: (value: string) => void;
  confirm: string;
  onConfirm: (confirm: string) => void;
  /** Submitted once: the problems show from then on. */
  touched: boolean;
  /** The server's refusal of the password, placed under it. */
  serverError: string | undefined;
  /** The new password field's name (the confirmation is `confirm`). */
  name: string;
  testIds: { value: string; confirm: string };
}) {
  const { t } = useTranslation();
  const problem = passwordProblem(value, confirm);
  return (
    <>
      <PasswordInput
        label={t('trust.password.new')}
        description={t('trust.password.rules', { min: PASSWORD_MIN, max: PASSWORD_MAX })}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={
          serverError ??
          (touched && (problem === 'short' || problem === 'long')
            ? t(`trust.password.${problem}`, { min: PASSWORD_MIN, max: PASSWORD_MAX })
            : undefined)
        }
        autoComplete="new-password"
        required
        name={name}
        data-testid={testIds.value}
      />
      <PasswordInput
        label={t('trust.password.confirm')}
        value={confirm}
        onChange={(e) => onConfirm(e.currentTarget.value)}
        error={touched && problem === 'mismatch' ? t('trust.password.mismatch') : undefined}
        autoComplete="new-password"
        required
        name="confirm"
        data-testid={testIds.confirm}
      />
    </>
  );
}
