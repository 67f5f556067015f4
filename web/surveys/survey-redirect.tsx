import { Navigate, useSearchParams } from '@solidjs/router';

/**
 * The survey notice's link is the signed link page (/survey.html?v=…#token) so its text message works
 * without signing in; inside the app (消息) the same link opens the survey screen instead.
 */
export default function SurveyRedirect() {
  const [params] = useSearchParams<{ v: string }>();
  const v = typeof params.v === 'string' && /^[0-9a-f-]{36}$/i.test(params.v) ? params.v : null;
  return <Navigate href={v ? `/surveys/${v}` : '/messages'} />;
}
