import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
await ctx.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true }));
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:5461/');
await page.waitForSelector('#cc-main .cm', { state: 'visible' });
console.log(await page.evaluate(() => document.querySelector('#cc-main').outerHTML.slice(0, 3000)));
await browser.close();
