import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const cg = '/sys/fs/cgroup/cpuacct/probe/cpuacct.usage';
const usage = () => Number(readFileSync(cg, 'utf8')) / 1e9;
const path = process.argv[2] ?? '/1-2/';
const n = Number(process.argv[3] ?? 10);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update', ...(process.argv.slice(4))] });
let t0 = usage();
const w0 = Date.now();
for (let i = 0; i < n; i++) {
  const ctx = await browser.newContext({ locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:39900' + path);
  await page.waitForFunction(() => { const a = document.getElementById('app'); return !a || a.dataset.live !== undefined || a.dataset.failed !== undefined; });
  await ctx.close();
}
console.log(path, 'per load CPU', ((usage() - t0) / n).toFixed(3), 's; wall', ((Date.now()-w0)/n).toFixed(0), 'ms');
await browser.close();
