// Sorts custom-elements.json, then writes the API tables of docs/elements/<tag>.md from it,
// between the markers <!-- api --> and <!-- /api -->; prose outside them is hand-written and kept.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifestUrl = new URL('packages/elements/custom-elements.json', root);
const manifest = JSON.parse(await readFile(manifestUrl, 'utf8'));
// The analyzer lists modules in directory-read order, which differs between machines: sort them so
// the committed manifest only changes when the API does.
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
await writeFile(manifestUrl, `${JSON.stringify(manifest, null, 2)}\n`);
const cell = text =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    const fields = (decl.members ?? []).filter(m => m.kind === 'field' && !m.privacy && !m.static);
    const methods = (decl.members ?? []).filter(
      m => m.kind === 'method' && !m.privacy && !m.static,
    );
    const table = (head, rows) =>
      rows.length
        ? [
            `| ${head.join(' | ')} |`,
            `| ${head.map(() => '---').join(' | ')} |`,
            ...rows.map(r => `| ${r.map(cell).join(' | ')} |`),
            '',
          ]
        : [];
    const api = [
      '<!-- api -->',
      `Class \`${decl.name}\`, defined in \`${mod.path}\`.`,
      '',
      ...(fields.length
        ? [
            '### Properties',
            '',
            ...table(
              ['name', 'type', 'default', 'description'],
              fields.map(f => [
                `\`${f.name}\``,
                f.type?.text ?? '',
                f.default ?? '',
                f.description ?? '',
              ]),
            ),
          ]
        : []),
      ...(methods.length
        ? [
            '### Methods',
            '',
            ...table(
              ['name', 'description'],
              methods.map(m => [`\`${m.name}()\``, m.description ?? '']),
            ),
          ]
        : []),
      ...(decl.cssParts?.length
        ? [
            '### CSS parts',
            '',
            ...table(
              ['part', 'description'],
              decl.cssParts.map(p => [`\`${p.name}\``, p.description ?? '']),
            ),
          ]
        : []),
      ...(decl.cssProperties?.length
        ? [
            '### CSS custom properties',
            '',
            ...table(
              ['property', 'description'],
              decl.cssProperties.map(p => [`\`${p.name}\``, p.description ?? '']),
            ),
          ]
        : []),
      '<!-- /api -->',
    ].join('\n');
    const file = new URL(`docs/elements/${decl.tagName}.md`, root);
    const prose = existsSync(file)
      ? await readFile(file, 'utf8')
      : `# \`<${decl.tagName}>\`\n\n${decl.summary ?? ''}\n\n## API\n\n<!-- api -->\n<!-- /api -->\n`;
    await writeFile(file, prose.replace(/<!-- api -->[\s\S]*<!-- \/api -->/, api));
    console.log(`docs/elements/${decl.tagName}.md`);
  }
}
