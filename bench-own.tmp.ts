import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumLaunchOptions } from './src/cli/browser.ts';
import { ownTimes } from './src/cli/bench-own.ts';
import { validateCorpus } from './src/lib/corpus/validate.ts';
const corpus = validateCorpus(JSON.parse(readFileSync('static/corpus.json', 'utf8')));
const browser = await chromium.launch(chromiumLaunchOptions());
await ownTimes(corpus, browser, 'http://127.0.0.1:4314', [10_000, 50_000]);
await browser.close();
