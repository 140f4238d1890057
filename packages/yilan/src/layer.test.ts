import { describe, expect, it } from 'vitest';
import { Layer } from './layer.js';

const settle = () => new Promise(resolve => setTimeout(resolve, 0));

describe('Layer', () => {
  it('is in the page while something is drawn in it, and leaves it when emptied', async () => {
    document.body.innerHTML = '<p id="last">page</p>';
    const layer = new Layer(document);
    const root = layer.root();
    const bar = document.createElement('div');
    root.append(bar);
    // In the page in the same task, so what was drawn can be measured or focused at once.
    expect(document.body.lastElementChild?.localName).toBe('yilan-layer');
    await settle();
    expect(document.querySelector('yilan-layer')).not.toBeNull();

    bar.remove();
    await settle();
    // The page's markup is what it was: its own last element is last again.
    expect(document.querySelector('yilan-layer')).toBeNull();
    expect(document.body.innerHTML).toBe('<p id="last">page</p>');

    // A root kept from before still draws: the host comes back.
    root.append(bar);
    await settle();
    expect(document.body.lastElementChild?.localName).toBe('yilan-layer');
  });

  it('does not stay in the page when asked for its root and given nothing', async () => {
    document.body.innerHTML = '';
    new Layer(document).root();
    await settle();
    expect(document.body.children).toHaveLength(0);
  });

  it('is not put back after a page script removed it unless it holds something', async () => {
    document.body.innerHTML = '';
    const layer = new Layer(document);
    const root = layer.root();
    root.append(document.createElement('div'));
    await settle();
    document.querySelector('yilan-layer')!.remove();
    expect(layer.reattach()).toBe(true);
    root.replaceChildren();
    await settle();
    expect(layer.reattach()).toBe(false);
    expect(document.querySelector('yilan-layer')).toBeNull();
  });
});
