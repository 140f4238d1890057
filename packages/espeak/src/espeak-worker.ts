// Runs eSpeak NG off the main thread: synthesis of a sentence takes 50–150 ms of CPU, which
// would otherwise freeze the page while the reader waits.
interface Worker {
  set_voice(name: string): number;
  set_rate(wpm: number): void;
  get_samplerate(): number;
  synthesize(text: string, callback: (samples: Int16Array | null) => boolean): void;
}
interface Request {
  id: number;
  text: string;
  voice: string;
  wpm: number;
}

type Factory = () => Promise<{ eSpeakNGWorker: new () => Worker }>;

let engine: Promise<Worker> | undefined;
/** Beside this worker; a variable, so the bundler leaves the URL to be resolved at run time. */
const RUNTIME = './espeak-ng.js';

function load(): Promise<Worker> {
  engine ??= import(/* @vite-ignore */ new URL(RUNTIME, import.meta.url).href).then(
    async (m: { default: Factory }) => new (await m.default()).eSpeakNGWorker(),
  );
  return engine;
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  const { id, text, voice, wpm } = event.data;
  load()
    .then(worker => {
      worker.set_voice(voice);
      worker.set_rate(wpm);
      const parts: Int16Array[] = [];
      worker.synthesize(text, samples => {
        if (samples?.length) parts.push(samples.slice());
        return false;
      });
      const length = parts.reduce((n, p) => n + p.length, 0);
      const out = new Float32Array(length);
      let at = 0;
      for (const part of parts) for (const s of part) out[at++] = s / 32768;
      self.postMessage(
        { id, samples: out, sampleRate: worker.get_samplerate() },
        {
          transfer: [out.buffer],
        },
      );
    })
    .catch((error: unknown) => self.postMessage({ id, error: String(error) }));
});
