// The language switch: in the header of every page, and on the sign-in and setup pages.
import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { currentLanguage, LANGUAGES, type Language } from '../i18n';
import { useTranslation } from '../i18n/useTranslation';

export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage();
  return (
    <Menu position="bottom-end" shadow="md" width={160}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          leftSection={<IconLanguage size={16} />}
          rightSection={<IconChevronDown size={14} />}
          aria-label={t('header.language')}
          data-testid="language-button"
        >
          {t(`header.languageNames.${lang}`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((l: Language) => (
          <Menu.Item
            key={l}
            onClick={() => void i18n.changeLanguage(l)}
            rightSection={l === lang ? <IconCheck size={14} /> : null}
            lang={l}
          >
            {t(`header.languageNames.${l}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
