export interface Audio {
  samples: Int16Array;
  sampleRate: number;
}
export function synthesize(
  text: string,
  options?: { lang?: string; rate?: number },
): Promise<Audio>;
export function toWav(audio: Audio): Buffer;
