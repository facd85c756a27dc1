const { parse } = require('csv-parse/sync');
for (const nl of ['\n', '\r\n']) {
const input = ['kind,name.de,description.de,regions', 'hotline,A,"Zeile eins', 'Zeile zwei",DE', '', 'hotline,B,x,XX'].join(nl);
const out = parse(input, { info: true, bom: true, skip_empty_lines: true, relax_column_count: true, raw: true });
console.log(JSON.stringify(out.map(r => [r.info.lines, r.raw])));
}
