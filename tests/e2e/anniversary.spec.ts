/**
 * The purchase-anniversary card (issue 17, item 3) on the vehicle screen: the demo's Model 3 was bought
 * two years and two days ago, so the card shows, with figures computed from the record (the CO₂ line
 * follows from the km shown and the stated factor — no number typed by staff). Screenshot:
 * /tmp/shots/anniversary-card.png.
 */
import { expect, test } from '@playwright/test';
import { CO2_AVOIDED_G_PER_KM, TREE_KG_CO2_PER_YEAR } from '@shared/anniversary/anniversary.ts';
import { demoSignIn, phone, shot } from './helpers.ts';

test.use(phone);

test('the Model 3’s second anniversary: km from the readings, visits, work done, CO₂ with its factor', async ({
  page,
}) => {
  await demoSignIn(page);
  await page.getByTestId('vehicle-card').filter({ hasText: '沪AD12345' }).click();
  const card = page.getByTestId('anniversary-card');
  await expect(card).toContainText('相伴 2 周年');
  const kmText = (await page.getByTestId('anniversary-km').innerText()).match(/([\d,]+) 公里/)![1]!;
  const km = Number(kmText.replaceAll(',', ''));
  expect(km).toBeGreaterThan(5_000); // the demo drives ~10,000 km a year between its visits
  const kg = Math.round((km * CO2_AVOIDED_G_PER_KM) / 1000);
  await expect(page.getByTestId('anniversary-co2')).toContainText(`约 ${(kg / 1000).toFixed(1)} 吨`);
  await expect(page.getByTestId('anniversary-co2')).toContainText(`${Math.round(kg / TREE_KG_CO2_PER_YEAR)} 棵树`);
  await expect(card).toContainText(`${CO2_AVOIDED_G_PER_KM} 克`);
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'anniversary-card');
});
