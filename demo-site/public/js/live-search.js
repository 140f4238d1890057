// Live results for the policy library: the plain form keeps working without this script.
// Results are rendered by the server (the same template as the page) and swapped in; the count
// is announced; focus stays in the search box.
const input = document.querySelector('[data-live-search]');
// The portal's pages enforce Trusted Types (require-trusted-types-for 'script'): the results'
// markup reaches DOMParser through this one named policy, which the page's CSP lists. The markup
// is the server's own template, where every value is escaped; DOMParser never runs scripts.
const policy = window.trustedTypes?.createPolicy('portal-search', { createHTML: text => text });
const results = document.getElementById('results');
if (input && results && 'fetch' in window) {
  const form = input.form;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.after(status);
  let timer = 0;
  let latest = 0;
  const update = async () => {
    const params = new URLSearchParams(new FormData(form));
    const id = ++latest;
    try {
      const response = await fetch(`/api/search?${params}`);
      if (!response.ok || id !== latest) return;
      const { total, html } = await response.json();
      if (id !== latest) return;
      const markup = `<div>${html}</div>`;
      const doc = new DOMParser().parseFromString(
        policy ? policy.createHTML(markup) : markup,
        'text/html',
      );
      results.replaceChildren(...doc.body.firstChild.childNodes);
      history.replaceState(null, '', `/policies/?${params}`);
      status.textContent = `共找到 ${total} 件文件`;
      requestAnimationFrame(() => performance.mark?.('demo:results'));
    } catch {
      // The form still submits normally.
    }
  };
  // While an input method is composing (pinyin being typed), wait for the characters.
  const schedule = () => {
    performance.mark?.('demo:input');
    clearTimeout(timer);
    timer = setTimeout(update, 60);
  };
  input.addEventListener('input', event => {
    if (!event.isComposing) schedule();
  });
  input.addEventListener('compositionend', schedule);
}
