import { VERSION } from './run.mjs';
import { MODES, TAG_PRESETS } from './modes.mjs';
import { CHECKS } from './checks.mjs';

export const HELP = `yilan-audit ${VERSION}: axe-core over a site, as it is and in every Yilan mode.

Usage: yilan-audit [options] <url|path...>
       yilan-audit merge <shard.json...> [report options]

Pages
  --urls-file <file>       more URLs, one a line (# comments)
  --sitemap <url|file>     a sitemap (index, .gz), a robots.txt, or a site root (found through its
                           robots.txt, else /sitemap.xml); repeatable
  --crawl                  crawl the same origin from the URLs given
    --max-depth <n> (3)  --max-pages <n> (100)  --crawl-include <glob>  --crawl-exclude <glob>
    --crawl-delay <ms> (robots.txt Crawl-delay, else 0)  --ignore-robots
  --serve <dir>            serve a built folder on 127.0.0.1 (paths then name its files; with none,
                           every .html file)
  --start-server <cmd>     run the site's server first; wait for --ready-pattern <regex> in its
                           output or for --ready-url <url> to answer
  --setup <file.mjs>       a Playwright hook run once before the pages (a login); its cookies and
                           storage go to every page. Per-URL actions: in the config file
  --http-credentials <user:password>   HTTP basic auth; --header "Name: value" (repeatable)
  --config <file>          default: yilan-audit.config.{json,js,mjs} from here up
  --target <name>          run only this target of the config; repeatable

Audit
  --modes <list>           (all) ${Object.keys(MODES).join(', ')}
  --tags <list>            axe tags; a WCAG level brings the ones below it. Default: axe-core's
                           own rule set (best practices included, experimental, deprecated
                           and AAA rules off) plus target-size. Tags: ${TAG_PRESETS.join(', ')}
  --rules <ids>            switch these axe rules on as well; --disable-rules <ids> off
  --include <sel>, --exclude <sel>   parts of the page; "host >>> inner" enters a shadow root,
                           "iframe |> inner" a frame; repeatable
  --no-iframes             do not audit inside frames
  --checks <list>          (all) ${CHECKS.join(', ')}, or none
  --screenshots <n>        element screenshots a mode for the HTML report (3 with --html)
  --viewport <WxH|phone>   the window (1280x800); phone is 360x740, touch and mobile
  --timeout <ms>           a page (30000)       --max-time <s>   the whole run
  --concurrency <n>        pages at once (cores) --retries <n>    a page that failed to load (1)
  --confirm <n>            re-run failing pages n times; keep only what fails every time
  --shard <i/n>            audit part i of n; combine the JSON reports with "merge"

Gate
  --gate <any|added>       any violation (default), or only those Yilan adds
  --fail-on <impact>       minor (default), moderate, serious, critical
  --threshold <spec>       allow some: "rule=color-contrast,page=/old/*,mode=as-is,max=3"; repeatable
  --baseline <file>        known findings pass; new ones fail; fixed ones are listed
  --update-baseline        rewrite the baseline without what was fixed; --add-to-baseline adds new ones

Reports (each to its own file, from the same run)
  --json <file>  --html <file>  --junit <file>  --sarif <file>  --csv <file>  --markdown <file>

  --yilan <dir>            the yilan.js to inject (default: the yilan package's)
  --browser <engine>       chromium (default), firefox (Debian's firefox-esr) or webkit (WebKitGTK's
                           MiniBrowser, webkit2gtk-driver and xvfb); the last two take no --setup,
                           --http-credentials, --header, --screenshots, --crawl, --viewport phone
                           or per-URL actions: see docs/audit.md
  --browser-path <path>    the engine's binary (default: $CHROMIUM_PATH, Playwright's cache,
                           /usr/bin/chromium; $FIREFOX_PATH, /usr/bin/firefox-esr; $MINIBROWSER_PATH,
                           WebKitGTK's MiniBrowser)
  --help, --version

Exit codes: 0 passed, 1 the gate failed, 2 usage or configuration error, 3 incomplete (a page did
not load, --max-time, or interrupted).`;
