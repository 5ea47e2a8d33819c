import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const scheme of ['light','dark']) {
const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: scheme });
await ctx.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true }));
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:5461/');
await page.getByRole('button', { name: 'Inställningar', exact: true }).click();
await page.waitForSelector('#cc-main .pm', { state: 'visible' });
await page.waitForTimeout(300);
console.log(await page.evaluate(() => [...document.querySelectorAll('#cc-main .pm__btn')].map(b => b.textContent + ' ' + Math.round(b.getBoundingClientRect().height) + ' top ' + Math.round(b.getBoundingClientRect().top))));
await page.screenshot({ path: `/tmp/shots/pm-${scheme}.png` });
await page.locator('#cc-main .pm__body').evaluate((el) => el.scrollTo(0, 200));
await page.screenshot({ path: `/tmp/shots/pm-${scheme}-2.png` });
await ctx.close();
}
await browser.close();
