/**
 * The public share view: `GET /api/share/:token` (JSON) and the lightweight page `GET /share/:token`
 * (server-rendered HTML, no app bundle, printable). Both show the car and its history, never the
 * owner's name, phone, plate or full VIN, nor free-text visit notes (which may name the owner).
 * A revoked link answers 410 "no longer shared"; a guessed or altered token 404.
 */
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import { GRADE_SEVERITY } from '@shared/health-record/grading.ts';
import type { FindingView, SharedHistory } from '@shared/health-record/record-view.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { formatFen } from '@shared/money.ts';
import { formatDateTime } from '@shared/time.ts';
import { maskVin } from '@shared/vehicles/vehicle.schema.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import type { AppDeps } from '../http/context.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { vehicleRecord } from './health-record.views.ts';
import { findShareLink } from './share-link.service.ts';
import { type ShareWords as Words, SHARE_WORDS as WORDS } from './share-page-words.ts';
import { dayText, esc, kmText } from './share-page-format.ts';
import { wearHtml } from './share-page-wear.ts';

export async function sharedHistory(
  db: DbOrTx,
  secret: string,
  token: string,
): Promise<Result<SharedHistory & { timeZone: string }>> {
  const found = await findShareLink(db, secret, token);
  if (found.status === 'revoked') return err('gone', 'This vehicle history is no longer shared.');
  if (found.status === 'missing') return err('not_found', 'No such shared history.');
  const [row] = await db
    .select({ v: vehicles, centerName: centers.name, timeZone: centers.timeZone })
    .from(vehicles)
    .innerJoin(customers, eq(customers.id, vehicles.customerId))
    .innerJoin(centers, eq(centers.id, customers.centerId))
    .where(eq(vehicles.id, found.link.vehicleId));
  if (!row) return err('not_found', 'No such shared history.');
  const record = await vehicleRecord(db, row.v.id, { share: token });
  return ok({
    vehicle: {
      model: row.v.model,
      vinMasked: maskVin(row.v.vin),
      mileageKm: row.v.mileageKm,
      purchaseDate: row.v.purchaseDate,
      warrantyUntil: row.v.warrantyUntil,
    },
    centerName: row.centerName,
    timeZone: row.timeZone,
    ...record,
    visits: record.visits.map((x) => ({ ...x, note: null })),
  });
}

const STYLE = `body{font:16px/1.5 -apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",system-ui,sans-serif;margin:0 auto;max-width:720px;padding:16px;color:#1f2328}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}section.visit{border:1px solid #d0d7de;border-radius:12px;padding:12px 16px;margin:12px 0;break-inside:avoid}
table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:4px 6px;border-bottom:1px solid #eaeef2}td.n,th.n{text-align:right}
.g-red{color:#b42318}.g-yellow{color:#8a5a00}.g-green{color:#1a7f37}ul{padding-left:1.2rem}img{border-radius:8px;margin:4px 4px 0 0}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px}dt{color:#57606a}@media print{img{max-width:30%}}`;

function page(lang: 'zh' | 'en', title: string, content: string) {
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${content}</body></html>`;
}

function visitHtml(x: VisitView, found: FindingView[], w: Words, locale: string, tz: string) {
  const money = (f: number) => esc(formatFen(f, locale));
  const rows = x.items
    .map(
      (i) =>
        `<tr><td>${esc(locale === 'en' ? (i.titleEn ?? i.title) : i.title)}${i.partName ? ` · ${esc(i.partName)}` : ''}</td><td class="n">${money(i.partsFen)}</td><td class="n">${money(i.labourFen)}</td></tr>`,
    )
    .join('');
  const list = found
    .sort((a, b) => GRADE_SEVERITY[b.grade] - GRADE_SEVERITY[a.grade])
    .map((f) => {
      const measure =
        f.measureValue === null ? '' : ` — ${f.measureValue}${f.measureKind === 'battery_pct' ? ' %' : ' mm'}`;
      const photos = f.photos
        .map((m) => `<img src="${esc(m.thumbUrl)}" width="120" alt="${esc(m.caption ?? f.component)}">`)
        .join('');
      return `<li><span class="g-${f.grade}">${esc(w.grade[f.grade])}</span> ${esc(f.component)}${measure}${f.status === 'fixed' ? ` (${esc(w.fixed)})` : ''}${f.note ? `<br><small>${esc(f.note)}</small>` : ''}${photos ? `<br>${photos}` : ''}</li>`;
    })
    .join('');
  const photos = x.media
    .map((m) => `<img src="${esc(m.thumbUrl)}" width="160" alt="${esc(m.caption ?? m.role)}">`)
    .join('');
  return `<section class="visit"><h3>${esc(formatDateTime(x.checkedInAt, tz, locale, false))} · ${esc(x.title)}</h3>
<p>${esc(w.km)} ${esc(kmText(x.mileageKm, locale, w))}${x.warrantyUntil ? ` · ${esc(w.warrantyWork)} ${esc(dayText(x.warrantyUntil, locale))}` : ''}</p>
${rows ? `<table><thead><tr><th></th><th class="n">${esc(w.parts)}</th><th class="n">${esc(w.labour)}</th></tr></thead><tbody>${rows}</tbody><tfoot><tr><th>${esc(w.total)}</th><td></td><th class="n">${money(x.totalFen)}</th></tr></tfoot></table>` : ''}
${list ? `<h4>${esc(w.findings)}</h4><ul>${list}</ul>` : ''}${photos ? `<p>${photos}</p>` : ''}</section>`;
}

/** Mounted outside /api by createApp: `app.route('/share', sharePageRoutes(deps))`. */
export function sharePageRoutes(deps: AppDeps) {
  return new Hono().get('/:token', async (c) => {
    const lang = /^\s*en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'zh';
    const w = WORDS[lang];
    const locale = lang === 'en' ? 'en' : 'zh-CN';
    c.header('cache-control', 'no-store');
    const r = await sharedHistory(deps.database.db, deps.secret, c.req.param('token'));
    if (!r.ok) {
      const [h, t] = r.code === 'gone' ? [w.gone, w.goneText] : [w.missing, w.missingText];
      return c.html(page(lang, h, `<h1>${esc(h)}</h1><p>${esc(t)}</p>`), r.code === 'gone' ? 410 : 404);
    }
    const h = r.value;
    const tz = h.timeZone;
    const visits = [...h.visits].reverse();
    const body = `<h1>${esc(w.title)}</h1><h2>${esc(h.vehicle.model)}</h2>
<dl><dt>${esc(w.vin)}</dt><dd>${esc(h.vehicle.vinMasked)}</dd><dt>${esc(w.km)}</dt><dd>${esc(kmText(h.vehicle.mileageKm, locale, w))}</dd><dt>${esc(w.bought)}</dt><dd>${esc(dayText(h.vehicle.purchaseDate, locale))}</dd>${h.vehicle.warrantyUntil ? `<dt>${esc(w.warranty)}</dt><dd>${esc(dayText(h.vehicle.warrantyUntil, locale))}</dd>` : ''}<dt>${esc(w.by)}</dt><dd>${esc(h.centerName)}</dd></dl>
${wearHtml(h, w, locale, deps.clock.now())}<h2>${esc(w.visits)}</h2>${
      visits
        .map((x) =>
          visitHtml(
            x,
            h.findings.filter((f) => f.visitId === x.id),
            w,
            locale,
            tz,
          ),
        )
        .join('') || `<p>${esc(w.none)}</p>`
    }`;
    return c.html(page(lang, `${w.title} · ${h.vehicle.model}`, body));
  });
}
