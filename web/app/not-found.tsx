import { useT } from '../i18n/i18n.ts';
import { LinkButton } from '../ui/button.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Page } from '../ui/page.tsx';

export function NotFound() {
  const t = useT();
  return (
    <Page title={t('app.notFound')}>
      <EmptyState action={<LinkButton href="/">{t('app.goHome')}</LinkButton>}>{t('app.notFound')}</EmptyState>
    </Page>
  );
}
