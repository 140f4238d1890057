// The message form's CAPTCHA: enlarge the picture (2.5×), hear the digits, or get a new picture.
// Without scripts the picture is still large and the "朗读验证码" link plays the audio on its own.
// The digits are never in the page: picture and audio come from the server. A picture lasts ten
// minutes, but the form has no time limit: 换一张 replaces it in place, keeping all that was typed,
// and an expired one is replaced the same way when the reader asks to hear or enlarge it.
const picture = document.querySelector('[data-captcha]');
const zoom = document.querySelector('[data-captcha-zoom]');
const renew = document.querySelector('[data-captcha-new]');
const speak = document.querySelector('[data-captcha-speak]');
const token = document.querySelector('input[name=token]');

if (picture && zoom && renew && speak && token) {
  zoom.hidden = false;
  renew.hidden = false;
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'captcha-status';
  speak.after(status);

  zoom.addEventListener('click', () => {
    const large = picture.classList.toggle('large');
    zoom.setAttribute('aria-pressed', String(large));
  });

  /** A new token from the server; the picture, the audio link and the form then use it. */
  async function newPicture() {
    const response = await fetch('/captcha/new', { cache: 'no-store' });
    if (!response.ok) throw new Error(String(response.status));
    const { token: next } = await response.json();
    token.value = next;
    picture.src = `/captcha/${next}.svg`;
    speak.href = `/captcha/${next}.wav`;
  }
  renew.addEventListener('click', async () => {
    try {
      await newPicture();
      status.textContent = '已换一张新的验证码';
    } catch {
      status.textContent = '没有换成，请稍等一分钟再试';
    }
  });

  let audio;
  const play = () =>
    new Promise((resolve, reject) => {
      audio?.pause();
      audio = new Audio(speak.href);
      audio.addEventListener('ended', resolve);
      audio.addEventListener('error', reject);
      audio.play().catch(reject);
    });
  speak.addEventListener('click', async event => {
    // Played here, so the reader stays on the form with everything typed.
    event.preventDefault();
    status.textContent = '正在朗读验证码…';
    try {
      await play();
      status.textContent = '';
    } catch {
      // Most often the picture expired: a new one is read instead.
      try {
        await newPicture();
        status.textContent = '验证码已过期，已换一张新的，正在朗读…';
        await play();
        status.textContent = '';
      } catch {
        status.textContent = '朗读不了，请稍后再试，或按“换一张”';
      }
    }
  });
  picture.addEventListener('error', () => {
    status.textContent = '验证码已过期，请按“换一张”';
  });
}
