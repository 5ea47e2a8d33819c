import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update'] });
const paths = (process.env.PATHS ?? '/,/integritetspolicy/,/cookies/,/kontakt/,/dina-uppgifter/').split(',');
for (const [w, h] of [[360, 740], [320, 640]]) {
  for (const path of paths) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    await ctx.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true }));
    const page = await ctx.newPage();
    await page.goto('http://127.0.0.1:5461' + path);
    await page.waitForSelector('#cc-main .cm', { state: 'visible' }).catch(() => {});
    const r = await page.evaluate(() => { const el = document.querySelector('#cc-main .cm'); if (!el) return null; const b = el.getBoundingClientRect(); return { top: b.top, h: b.height, cover: (b.width*b.height)/(innerWidth*innerHeight), hcover: b.height/innerHeight }; });
    const header = await page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().height);
    console.log(w, h, path, JSON.stringify(r), 'header', header);
    if (process.env.SHOT) await page.screenshot({ path: `/tmp/shots/${w}${path.replace(/\//g, '_')}.png`, fullPage: !!process.env.FULL });
    await ctx.close();
  }
}
await browser.close();
