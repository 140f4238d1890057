/** Styles of the region outlines, labels and list, inside Yilan's own layer. */
export const regionCss = `
.box { position: fixed; pointer-events: none; box-sizing: border-box; z-index: 2147483644;
  outline: 3px dashed #0b3d91; outline-offset: -3px; box-shadow: inset 0 0 0 6px rgb(255 255 255 / 0.6); }
.box.current { outline: 4px solid #000000; outline-offset: 0; box-shadow: 0 0 0 4px #ffd400, inset 0 0 0 4px #ffd400; }
.tag { position: absolute; top: 0; left: 0; transform: translateY(-100%); padding: 2px 8px; white-space: nowrap;
  font: 700 16px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #ffd400; color: #000000;
  border: 2px solid #000000; border-radius: 4px; }
.box.inside .tag { transform: none; }
dialog { max-width: min(560px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; padding: 20px 24px;
  border: 3px solid #0b3d91; border-radius: 12px; background: #ffffff; color: #111111;
  font: 18px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
dialog::backdrop { background: rgb(0 0 0 / 0.5); }
dialog h2 { margin: 0 0 8px; font-size: 24px; }
dialog p { margin: 0 0 12px; }
dialog ol { margin: 0; padding: 0; list-style: none; display: grid; gap: 6px; }
dialog button { width: 100%; min-height: 44px; padding: 8px 12px; text-align: start; font: inherit;
  border: 2px solid #0b3d91; border-radius: 8px; background: #ffffff; color: #111111; cursor: pointer; }
dialog button:focus-visible { outline: 3px solid #111111; outline-offset: 2px; box-shadow: 0 0 0 6px #ffbf00; }
dialog .close { margin-top: 12px; width: auto; }
`;
