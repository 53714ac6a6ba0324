// Peer structured-data checkers on the benchmark corpus, in one Node process.
//
//   node run.mjs --modules DIR --pages DIR --vocab FILE --out FILE [--rounds N]
//
// --modules: a folder where `npm install structured-data-testing-tool
// @adobe/structured-data-validator @marbec/web-auto-extractor` was run; --pages: a folder of
// *.html.gz pages (read here with zlib, decoded as UTF-8, passed to the tools as strings);
// --vocab: schema.org's schemaorg-all-https.jsonld, which the Adobe validator needs and would
// otherwise be fetched from schema.org. Results go to --out as JSON (stdout is left to the
// tools: structured-data-testing-tool logs JSON-LD parse errors there).
//
// Timing: one untimed warm-up pass (JIT, module loading, the Adobe validator's schema.org
// index, built on first use), then --rounds timed passes; the two tools alternate page by page
// so that load from other processes hits both alike. npm install and Node start are outside.
//
// What counts as "flags a missing author / datePublished / image" (all three the same way):
//
// structured-data-testing-tool (Google preset): its Article presets (Article, NewsArticle and
//   its subtypes, BlogPosting, LiveBlogPosting) add, per article item found, tests
//   `Type[i].author`, `Type[i].datePublished`, `Type[i].image` that fail when the property is
//   absent or empty. A failed test, or a warning, on one of those paths of an Article-family
//   type counts. Its lighter presets (TechArticle, Report, ScholarlyArticle, SatiricalArticle,
//   AdvertiserContentArticle, SocialMediaPosting, DiscussionForumPosting) test no author or
//   datePublished at all and `image` only as a warning (counted). Presence only: the tool never
//   looks inside a value. Its tests of publisher, headline etc. do not count.
//   Each page gets a fresh copy of the preset: the tool writes into the preset's objects
//   (`conditional.type` becomes "jsonld" once a JSON-LD NewsArticle has passed it), after which,
//   in the same process, every page whose NewsArticle is in microdata is silently skipped
//   (3 of the corpus pages' missing authors went unreported that way).
//
// @adobe/structured-data-validator on @marbec/web-auto-extractor's output: an issue whose
//   innermost path element is of an Article-family type, whose message is one of its "missing"
//   kinds (`Required attribute "author" is missing`, `Missing field "author" (optional)`, or an
//   either-or of such) and whose fieldNames include `author`, `datePublished` or `image`.
//   Version 1.7.1 has handlers for Product, Recipe, Review, JobPosting, ImageObject and more,
//   but none for Article: on articles it reports only schema.org vocabulary problems
//   (`Property "x" for type "Y" is not supported`, not counted), so it cannot flag these three.
//   Issues inside a value (an ImageObject without contentUrl/url, a Person without name) answer
//   another question and do not count, nor does a Recipe's or a Review's missing author.
//
// A tool "fails" on a page when it throws (or, for the testing tool, rejects with anything but
// its VALIDATION_FAILED result). A page the tool reads but finds no article on is not a
// failure: `articles` lists the Article-family types it saw.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

// schema.org's Article and its subtypes (the corpus manifest's `article_family_types`).
const ARTICLE_FAMILY = new Set([
  'AdvertiserContentArticle', 'AnalysisNewsArticle', 'Article', 'AskPublicNewsArticle',
  'BackgroundNewsArticle', 'BlogPosting', 'DiscussionForumPosting', 'LiveBlogPosting',
  'NewsArticle', 'OpinionNewsArticle', 'Report', 'ReportageNewsArticle', 'ReviewNewsArticle',
  'SatiricalArticle', 'ScholarlyArticle', 'SocialMediaPosting', 'TechArticle',
]);
const CATEGORIES = { author: 'author', datePublished: 'date', image: 'image' };

function args(argv) {
  const out = { rounds: 3 };
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const key of ['modules', 'pages', 'vocab', 'out']) {
    if (!out[key]) throw new Error(`missing --${key}`);
  }
  out.rounds = Number(out.rounds);
  return out;
}

function bareType(type) {
  return String(type).replace(/^(https?:\/\/schema\.org\/|schema:)/, '');
}

function isArticle(type) {
  return (Array.isArray(type) ? type : [type]).some((t) => t && ARTICLE_FAMILY.has(bareType(t)));
}

function emptyFlags() {
  return { author: false, date: false, image: false };
}

// A deep copy of plain objects and arrays (functions and RegExps shared).
function plainCopy(value) {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]));
  }
  return value;
}

// --- structured-data-testing-tool -----------------------------------------------------------

function sdttTool(req) {
  const { structuredDataTest } = req('structured-data-testing-tool');
  const { Google } = req('structured-data-testing-tool/presets');
  const TEST = /^"?([A-Za-z:/.]+?)"?\[\d+\]\.(author|datePublished|image)$/;
  return {
    name: 'structured-data-testing-tool (Google preset)',
    version: req('structured-data-testing-tool/package.json').version,
    async run(html) {
      let res;
      try {
        res = await structuredDataTest(html, { presets: [plainCopy(Google)] });
      } catch (err) {
        if (err && err.type === 'VALIDATION_FAILED' && err.res) res = err.res;
        else throw err;
      }
      const flags = emptyFlags();
      const messages = [];
      for (const test of [...res.failed, ...res.warnings]) {
        const m = TEST.exec(test.test);
        if (m && isArticle(m[1])) {
          flags[CATEGORIES[m[2]]] = true;
          messages.push(`${res.warnings.includes(test) ? 'warning' : 'failed'}: ${test.test}`);
        }
      }
      const articles = [...new Set(res.schemas.filter((s) => isArticle(s)))];
      return { flags, articles, messages };
    },
  };
}

// --- @adobe/structured-data-validator on @marbec/web-auto-extractor ------------------------------

async function adobeTool(req, vocabFile) {
  const WAE = (await import(pathToFileURL(req.resolve('@marbec/web-auto-extractor')).href)).default;
  const Validator = (await import(pathToFileURL(req.resolve('@adobe/structured-data-validator')).href)).default;
  const validator = new Validator(JSON.parse(fs.readFileSync(vocabFile, 'utf8')));
  const MISSING = /^(Required attribute .* is missing|Missing field |One of the following conditions)/;
  const extractorVersion = req('@marbec/web-auto-extractor/package.json').version;
  return {
    name: '@adobe/structured-data-validator + @marbec/web-auto-extractor',
    version: `${req('@adobe/structured-data-validator/package.json').version} + ${extractorVersion}`,
    extract(html) {
      // The options of the validator's README.
      return new WAE({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(html);
    },
    async run(html) {
      const data = this.extract(html);
      const articles = [];
      for (const format of ['jsonld', 'microdata', 'rdfa']) {
        for (const type of Object.keys(data[format] || {})) if (isArticle(type)) articles.push(bareType(type));
      }
      const issues = await validator.validate(data);
      const flags = emptyFlags();
      const messages = [];
      for (const issue of issues) {
        const last = issue.path && issue.path[issue.path.length - 1];
        // Only its "is missing" kinds: `Property "author" for type "X" is not supported` is not one.
        if (!last || !isArticle(last.type) || !MISSING.test(issue.issueMessage || '')) continue;
        for (const field of issue.fieldNames || []) {
          if (CATEGORIES[field]) {
            flags[CATEGORIES[field]] = true;
            messages.push(`${issue.severity}: ${issue.issueMessage}`);
          }
        }
      }
      return { flags, articles: [...new Set(articles)], messages };
    },
  };
}

// What the article items of a page hold, for a reader to judge disagreements (not timed).
function evidence(data) {
  const out = [];
  for (const format of ['jsonld', 'microdata', 'rdfa']) {
    for (const [type, items] of Object.entries(data[format] || {})) {
      if (!isArticle(type)) continue;
      for (const item of items) {
        const show = (v) => (v === undefined ? '(absent)' : JSON.stringify(v).slice(0, 90));
        out.push({ format, type: bareType(type), author: show(item.author),
          datePublished: show(item.datePublished), image: show(item.image) });
      }
    }
  }
  return out;
}

async function main() {
  const opts = args(process.argv.slice(2));
  const req = createRequire(path.join(path.resolve(opts.modules), 'package.json'));
  const files = fs.readdirSync(opts.pages).filter((f) => f.endsWith('.html.gz')).sort();
  const pages = files.map((f) => [f.slice(0, -'.gz'.length),
    zlib.gunzipSync(fs.readFileSync(path.join(opts.pages, f))).toString('utf8')]);
  const tools = [sdttTool(req), await adobeTool(req, opts.vocab)];
  const results = tools.map((tool) => ({ tool: tool.name, version: tool.version, pages: pages.length,
    rounds: opts.rounds, seconds: 0, per_page: {} }));

  const pass = async (timed) => {
    for (const [name, html] of pages) {
      for (const [i, tool] of tools.entries()) {
        const t0 = performance.now();
        let outcome;
        try {
          outcome = await tool.run(html);
        } catch (err) {
          const where = path.resolve(opts.modules) + path.sep;
          const text = String((err && (err.stack || err.message)) || err).split('\n').slice(0, 2).join(' | ');
          outcome = { failed: text.replaceAll(`file://${where}`, '').replaceAll(where, '').replace(/\s+/g, ' ') };
        }
        if (timed) {
          results[i].seconds += (performance.now() - t0) / 1000;
          results[i].per_page[name] = outcome;
        }
      }
    }
  };
  await pass(false);
  for (let r = 0; r < opts.rounds; r++) await pass(true);

  const pageEvidence = {};
  for (const [name, html] of pages) {
    try {
      pageEvidence[name] = evidence(tools[1].extract(html));
    } catch (err) {
      pageEvidence[name] = [];
    }
  }
  fs.writeFileSync(opts.out, JSON.stringify({ node: process.version, tools: results, evidence: pageEvidence }));
}

main().catch((err) => {
  process.stderr.write(`run.mjs: ${err && err.stack ? err.stack : err}\n`);
  process.exit(2);
});
