// robots.txt: the Sitemap: lines, and the Allow/Disallow rules and Crawl-delay of the group that
// applies to yilan-audit (its own name, else *), longest match winning as RFC 9309 says.

export function parseRobots(text, agent = 'yilan-audit') {
  const groups = [];
  let current = null;
  let lastWasAgent = false;
  const sitemaps = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const [field, value] = [m[1].toLowerCase(), m[2].trim()];
    if (field === 'sitemap') sitemaps.push(value);
    else if (field === 'user-agent') {
      if (!lastWasAgent) groups.push((current = { agents: [], rules: [], delay: undefined }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    } else if (current && (field === 'allow' || field === 'disallow')) {
      if (value) current.rules.push({ allow: field === 'allow', path: value });
    } else if (current && field === 'crawl-delay') current.delay = Number(value) || undefined;
    lastWasAgent = false;
  }
  const group =
    groups.find(g => g.agents.includes(agent.toLowerCase())) ??
    groups.find(g => g.agents.includes('*'));
  const rules = group?.rules ?? [];
  const matches = (pattern, path) => {
    const re = new RegExp(
      `^${pattern
        .replace(/[.+?^{}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\\\$$|\$$/, '$')}`,
    );
    return re.test(path);
  };
  return {
    sitemaps,
    delay: group?.delay,
    /** @param {string} path path and query */
    allowed(path) {
      let best = null;
      for (const r of rules)
        if (
          matches(r.path, path) &&
          (!best ||
            r.path.length > best.path.length ||
            (r.path.length === best.path.length && r.allow))
        )
          best = r;
      return !best || best.allow;
    },
  };
}

/** The site's robots.txt, or an empty one when there is none. */
export async function fetchRobots(origin) {
  try {
    const response = await fetch(new URL('/robots.txt', origin), {
      signal: AbortSignal.timeout(10_000),
    });
    return parseRobots(response.ok ? await response.text() : '');
  } catch {
    return parseRobots('');
  }
}
