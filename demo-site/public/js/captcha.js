// The message form's CAPTCHA: enlarge it (2.5×) or have Yilan read it aloud. Without scripts the
// digits are still shown large and written out for screen readers; there is no time limit.
const box = document.querySelector('[data-captcha]');
const tools = document.querySelector('.captcha-tools');
if (box && tools) {
  tools.hidden = false;
  const zoom = tools.querySelector('[data-captcha-zoom]');
  const speak = tools.querySelector('[data-captcha-speak]');
  zoom.addEventListener('click', () => {
    const large = box.classList.toggle('large');
    zoom.setAttribute('aria-pressed', String(large));
  });
  speak.addEventListener('click', () => {
    const digits = box.dataset.captcha.split('').join('，');
    if (window.Yilan?.speak) window.Yilan.speak(`验证码：${digits}`);
  });
  // Yilan loads after this module on slow pages; the button waits for it rather than failing.
  if (!window.Yilan) speak.disabled = true;
  addEventListener('load', () => (speak.disabled = !window.Yilan?.speak));
}
