export interface Audio {
  samples: Int16Array;
  sampleRate: number;
  truncated?: boolean;
}
export function plainText(text: string): string;
export const MAX_SECONDS: number;
export function synthesize(
  text: string,
  options?: { lang?: string; rate?: number; maxSeconds?: number },
): Promise<Audio>;
export function toWav(audio: Audio): Buffer;
