import { Router } from '@solidjs/router';
import { Suspense } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { routes } from '../routes.tsx';

export function App() {
  const t = useT();
  return (
    <Router
      root={(props) => <Suspense fallback={<p class="page muted">{t('app.loading')}</p>}>{props.children}</Suspense>}
    >
      {routes}
    </Router>
  );
}
