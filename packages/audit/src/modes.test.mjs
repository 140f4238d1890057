// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MODES, pickModes } from './modes.mjs';

describe('audit modes', () => {
  // The CLI's mode names and what each switches are its interface: --modes, the reports' columns
  // and a CI job's baseline all name them. They come from Yilan's catalogue; a setting renamed
  // there must not silently change them.
  it('are the 13 modes the CLI has always had, with their settings', () => {
    expect(MODES).toEqual({
      'as-is': null,
      yilan: {},
      elder: { elder: true },
      'scheme-black-on-white': { scheme: 'black-on-white' },
      'scheme-white-on-black': { scheme: 'white-on-black' },
      'scheme-yellow-on-black': { scheme: 'yellow-on-black' },
      'scheme-black-on-yellow': { scheme: 'black-on-yellow' },
      'scheme-yellow-on-blue': { scheme: 'yellow-on-blue' },
      'zoom-150': { zoom: 150 },
      'zoom-200': { zoom: 200 },
      'large-cursor': { cursor: 'black' },
      caption: { caption: true },
      'toolbar-open': { open: true },
    });
    expect(Object.keys(MODES)).toEqual(pickModes('all'));
  });
});
