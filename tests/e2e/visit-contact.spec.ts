/**
 * Issue 19 item 16: from the live timeline the customer can call or text the center and open its
 * address on a map, in both languages (the booking detail's map link: booking.spec.ts).
 */
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

test('the Visit tab offers call, text and a map link to the center, in Chinese and English', async ({
  page,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await page.getByRole('navigation').getByRole('link', { name: '到店' }).click();
  const contact = page.getByTestId('center-contact');
  await expect(contact).toBeVisible();
  await expect(contact.getByRole('link', { name: /^打电话/ })).toHaveAttribute('href', /^tel:[\d+]+$/);
  await expect(contact.getByRole('link', { name: /^发短信/ })).toHaveAttribute('href', /^sms:[\d+]+$/);
  const map = contact.getByRole('link', { name: /^地图导航/ });
  const href = (await map.getAttribute('href'))!;
  expect(new URL(href).host).toBe('uri.amap.com');
  expect(new URL(href).searchParams.get('keyword')).toMatch(/上海/);
  await contact.scrollIntoViewIfNeeded();
  await shot(page, 'visit-contact');

  await page.getByRole('navigation').getByRole('link', { name: '我的' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('navigation').getByRole('link', { name: 'Visit' }).click();
  await expect(contact.getByRole('link', { name: /^Call / })).toBeVisible();
  await expect(contact.getByRole('link', { name: /^Map of / })).toBeVisible();
  await contact.scrollIntoViewIfNeeded();
  await shot(page, 'visit-contact-en');
  expect(consoleErrors).toEqual([]);
});
