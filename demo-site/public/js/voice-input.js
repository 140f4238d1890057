// Voice input for search boxes marked data-voice-input, where the browser offers speech
// recognition. Where it does not, nothing is added and the box works as before.
const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;

if (Recognition) {
  for (const input of document.querySelectorAll('input[data-voice-input]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'voice';
    button.textContent = '语音输入';
    button.setAttribute('aria-pressed', 'false');
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.after(button, status);
    let listening;
    button.addEventListener('click', () => {
      if (listening) return listening.stop();
      const recognition = new Recognition();
      recognition.lang = document.documentElement.lang || 'zh-CN';
      recognition.interimResults = false;
      recognition.addEventListener('result', event => {
        input.value = event.results[0][0].transcript.replace(/[。.]$/, '');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.focus();
      });
      recognition.addEventListener('end', () => {
        listening = undefined;
        button.setAttribute('aria-pressed', 'false');
        status.textContent = '语音输入已结束';
      });
      recognition.addEventListener('error', event => {
        status.textContent =
          event.error === 'not-allowed'
            ? '没有麦克风权限，请直接输入文字'
            : '没有听清，请再说一次或直接输入文字';
      });
      listening = recognition;
      button.setAttribute('aria-pressed', 'true');
      status.textContent = '请说话';
      recognition.start();
    });
  }
}
