/** The survey link page's two calls: read the visit (never changes anything) and post the answer. */
import type { SurveyAnswer } from '@shared/surveys/survey.schema.ts';
import { answer, linkClient } from '../../app/link-client.ts';

export type { Answer } from '../../app/link-client.ts';

export type Link = { visitId: string; token: string };

/** `/survey.html?v=<visit id>#<token>`: the token stays in the fragment, which is never sent on a GET. */
export function linkFromLocation(): Link | null {
  const visitId = new URLSearchParams(location.search).get('v') ?? '';
  const token = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (!/^[0-9a-f-]{36}$/i.test(visitId) || !/^[\w-]{28}$/.test(token)) return null;
  return { visitId, token };
}

const route = linkClient['survey-link'][':visitId'][':token'];

export const readSurvey = (l: Link) => answer(route.$get({ param: l }));
export const postAnswer = (l: Link, body: SurveyAnswer) => answer(route.$post({ param: l, json: body }));
