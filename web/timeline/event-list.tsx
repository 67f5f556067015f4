import { For, Match, Show, Switch } from 'solid-js';
import type { TimelineEvent } from '@shared/timeline/timeline.schema.ts';
import { fmtTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { textShown } from '../i18n/workshop-words.ts';
import { Said } from '../ui/said.tsx';
import { GiftList } from './gift-list.tsx';
import { EventPhotos } from './photo-strip.tsx';
import { kindLabel, roleLabel } from './timeline-text.ts';

/** The vertical timeline, newest at the top; each step with its time, who, a sentence and photos. */
export function EventList(props: { events: readonly TimelineEvent[] }) {
  return (
    <ol class="tl-list" data-testid="timeline-events">
      <For each={props.events}>{(e) => <EventItem event={e} />}</For>
    </ol>
  );
}

function EventItem(props: { event: TimelineEvent }) {
  const t = useT();
  const e = () => props.event;
  return (
    <li class={`tl-event tl-kind-${e().kind}`} data-testid="timeline-event" data-kind={e().kind}>
      <span class="tl-dot" aria-hidden="true" />
      <div class="tl-body">
        <p class="tl-head">
          <strong>{kindLabel(t, e().kind)}</strong>
          <time datetime={e().at}>{fmtTime(e().at)}</time>
        </p>
        <Switch
          fallback={
            <Show when={e().note}>
              {(note) => <Said as="p" class="tl-note" shown={textShown(note(), e().noteEn)} />}
            </Show>
          }
        >
          <Match when={e().delay}>
            {(d) => (
              <div class="tl-delay">
                <p>
                  <strong>{t('timeline.delay.title', { time: fmtTime(d().newReadyAt) })}</strong>
                </p>
                <Show when={d().minutesLater > 0}>
                  <p class="muted">{t('timeline.delay.later', { n: d().minutesLater })}</p>
                </Show>
                <p>{t('timeline.delay.reason', { reason: d().reason })}</p>
                <GiftList items={d().compensation} lead={t('timeline.delay.offered')} />
              </div>
            )}
          </Match>
          <Match when={e().earlyFinish}>
            {(f) => (
              <div class="tl-early">
                <p>
                  <strong>{t('timeline.early.title', { n: f().minutesEarly })}</strong>
                </p>
                <Show when={e().note}>
                  {(note) => <Said as="p" class="tl-note" shown={textShown(note(), e().noteEn)} />}
                </Show>
                <GiftList items={f().gift} lead={t('timeline.early.gift')} />
              </div>
            )}
          </Match>
        </Switch>
        <EventPhotos media={e().media} />
        <p class="tl-by muted">{t('timeline.by', { name: e().staffName, role: roleLabel(t, e().staffRole) })}</p>
      </div>
    </li>
  );
}
