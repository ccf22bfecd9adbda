// The report's only stylesheet, inline (no external resource): sober, readable when printed in black
// and white. Printed, every section is one A4 page of fixed height: the contents' page numbers follow
// from the order of the sections, and a list too long for its page is cut by the sections (LIMITS),
// never by the printer. On screen the pages are shown as sheets of paper.
//
// Words are never broken: no hyphenation, no break inside a word, except in handles and URLs (which
// have no spaces to break at). A label too long for its two lines ends with an ellipsis.
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: #eceff1; color: #263238;
  font: 10pt/1.4 "Liberation Sans", Arial, Helvetica, sans-serif;
  word-break: normal; overflow-wrap: normal; hyphens: none;
}
main { max-width: 210mm; margin: 0 auto; }
section.page { background: #fff; padding: 14mm; margin: 0 0 8mm; }
section.page > :last-child { margin-bottom: 0; }
@media print {
  body { background: #fff; }
  main { max-width: none; }
  /* The page's text area is 263 mm high (A4 less the margins): a little less, so that rounding never
     pushes an empty page. */
  section.page { height: 261mm; overflow: hidden; padding: 0; margin: 0; break-after: page; }
  section.page:last-child { break-after: auto; }
}
h1, h2, h3 { color: #102a43; line-height: 1.2; break-after: avoid; }
h1 { font-size: 24pt; margin: 2mm 0 2mm; }
h2 { font-size: 16pt; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 2px solid #102a43; }
h2 .no { display: inline-block; min-width: 8mm; color: #607d8b; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
p { margin: 0 0 2.5mm; }
.lead { color: #37474f; }
.muted { color: #607d8b; }
.small { font-size: 8.5pt; }
code { font: 9pt "Liberation Mono", monospace; overflow-wrap: anywhere; }
code.command { white-space: nowrap; font-size: 8.5pt; }

/* Cover */
.cover-band { border-left: 6px solid #102a43; padding: 1mm 0 1mm 5mm; margin-bottom: 6mm; }
.kicker { text-transform: uppercase; letter-spacing: .06em; font-size: 8.5pt; color: #607d8b; margin: 0; }
.subtitle { font-size: 13pt; font-weight: bold; color: #37474f; margin: 0; }
/* Names given by people: two lines at most, so that the cover holds its contents. */
.kicker, .subtitle, dl.meta dd { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 6mm; margin: 0 0 5mm; font-size: 9.5pt; }
dl.meta dt { color: #607d8b; }
dl.meta dd { margin: 0; font-weight: bold; }
.headline { background: #102a43; color: #fff; border-radius: 3mm; padding: 5mm 7mm; margin: 0 0 4mm; }
.headline .line { font-size: 20pt; line-height: 1.15; margin: 0; }
.headline .big { font-size: 38pt; font-weight: bold; color: #ffd54f; padding: 0 1mm; }
.headline p { font-size: 9pt; color: #cfd8dc; margin: 2mm 0 0; line-height: 1.35; }
.headline .pending { color: #ffd54f; font-weight: bold; }
.keys { margin: 0 0 4mm; padding-left: 5mm; font-size: 9.5pt; }
.keys li { margin-bottom: 1mm; }
.toc h3 { margin-top: 3mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { border-bottom: 1px dotted #b0bec5; }
.toc a, .toc li.csv { display: flex; align-items: baseline; gap: 2mm; padding: 1.1mm 0; color: inherit; text-decoration: none; }
.toc .no { min-width: 6mm; color: #607d8b; font-weight: bold; }
.toc .entry { flex: 1; }
.toc .page-no { font-weight: bold; font-variant-numeric: tabular-nums; }
.toc li.csv { font-size: 9pt; color: #37474f; }
.toc .where { display: block; color: #607d8b; font-size: 8.5pt; }
@media screen { .toc .page-no { display: none; } }

/* Tiles */
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 3mm; margin: 3mm 0 2mm; }
.tile { border: 1px solid #cfd8dc; border-radius: 2mm; padding: 2.5mm 3mm; }
.tile .value { font-size: 16pt; font-weight: bold; color: #102a43; display: block; white-space: nowrap; }
.tile .name { display: block; font-size: 8.5pt; line-height: 1.25; color: #607d8b; }
.tile.alert .value { color: #c62828; }

/* Tables */
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; font-size: 9pt; }
thead { display: table-header-group; }
th { text-align: left; vertical-align: bottom; background: #eceff1; color: #37474f; font-weight: bold;
  padding: 1.4mm 2mm; line-height: 1.25; }
td { padding: 1.2mm 2mm; border-bottom: 1px solid #e0e6ea; vertical-align: top; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num, td.nowrap { white-space: nowrap; }
tfoot td { font-weight: bold; border-top: 1.5px solid #90a4ae; border-bottom: none; }
table.figures { width: auto; min-width: 60%; }
.two table.figures { width: 100%; }
table.figures.wide { width: 100%; }
table.list td.presence { width: 42%; }
table.compact td { padding: 0.9mm 2mm; }
.name { display: block; font-weight: bold; }
.name, .clamp, .clamp2 { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
/* In lists a name takes one line (the CSV annex has it whole), so that every row fits its page. */
table.list .name { -webkit-line-clamp: 1; }
.handle { display: block; color: #607d8b; font-size: 7.5pt; font-weight: normal; line-height: 1.25;
  overflow-wrap: anywhere; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 80mm; }
.badge { display: inline-block; padding: 0.2mm 1.8mm; border-radius: 1.5mm; border: 1px solid; font-size: 8pt;
  font-weight: bold; line-height: 1.35; }
.dot { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; margin-right: 1.5mm;
  vertical-align: -0.2mm; }
.pending-mark { display: inline-block; margin-left: 1.5mm; color: #b26a00; font-size: 7.5pt; font-weight: bold; }
.change-bad { color: #c62828; font-weight: bold; }
.change-good { color: #2e7d32; font-weight: bold; }
.late { color: #c62828; font-weight: bold; margin-left: 2mm; }
.late::before { content: "⚑ "; }

/* Bar charts in HTML: the labels are text, wrapped at spaces, never clipped */
figure { margin: 0 0 4mm; }
figcaption { font-weight: bold; font-size: 10.5pt; margin-bottom: 2mm; color: #102a43; }
figure svg { display: block; max-width: 100%; height: auto; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 6mm; align-items: start; }
.two > * { min-width: 0; }
table.bars { font-size: 9pt; margin: 0 0 2mm; }
table.bars th { background: none; font-weight: normal; color: #263238; width: 32%; padding: 0.9mm 2mm 0.9mm 0;
  vertical-align: middle; line-height: 1.2; }
table.bars td { border: none; padding: 0.9mm 0; vertical-align: middle; }
table.bars td.num { width: 1%; padding-left: 2mm; }
table.bars.narrow th { width: 45%; }
table.bars.units th { width: 40%; }
table.bars.units th, table.bars.units td { padding-top: 1.3mm; padding-bottom: 1.3mm; }
table.bars.units .hbar { height: 4mm; }
table.bars thead th { font-weight: bold; color: #37474f; font-size: 8.5pt; border-bottom: 1px solid #cfd8dc; }
table.bars.timeline th { width: 24%; }
.hbar { display: flex; height: 3.4mm; width: 100%; }
.hbar i { display: block; height: 100%; }
.hbar i:first-child { border-radius: 0.8mm 0 0 0.8mm; }
.hbar i:last-child { border-radius: 0 0.8mm 0.8mm 0; }
.of { color: #607d8b; font-size: 8pt; margin-left: 1.5mm; }
.legend { font-size: 8.5pt; color: #455a64; margin: 0 0 2mm; display: flex; flex-wrap: wrap; gap: 1mm 4mm; }
.legend .key { display: inline-flex; align-items: center; gap: 1.2mm; white-space: nowrap; }
.legend i { display: inline-block; width: 3mm; height: 3mm; border-radius: 0.6mm; }
.counts { display: grid; grid-template-columns: repeat(7, 1fr); gap: 2mm; }
.counts div { background: #fff5f5; border-radius: 1.5mm; padding: 1.8mm; }
.counts b { display: block; font-size: 14pt; color: #c92a2a; }
.counts span { display: block; font-size: 7.5pt; line-height: 1.25; color: #495057; }
.ring { display: flex; align-items: center; gap: 4mm; }
.ring svg { flex: none; width: 40mm; height: 40mm; }
.ring ul { list-style: none; margin: 0; padding: 0; font-size: 9pt; flex: 1; }
.ring li { display: flex; align-items: baseline; gap: 1.5mm; padding: 0.5mm 0; }
.ring li i { flex: none; width: 3mm; height: 3mm; border-radius: 0.6mm; align-self: center; }
.ring li span { flex: 1; }
.ring li b { font-variant-numeric: tabular-nums; }
.progress { display: inline-block; width: 22mm; height: 2.4mm; background: #e9ecef; border-radius: 1.2mm;
  vertical-align: middle; margin-right: 1.5mm; overflow: hidden; }
.progress i { display: block; height: 100%; background: #12b886; }

/* Method */
.settings-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; align-items: start; }
.settings-grid .charter { grid-column: 1 / -1; }
table.settings.charter th { width: 30%; }
table.settings.charter td .clamp2 { -webkit-line-clamp: 2; overflow-wrap: anywhere; }
table.settings { font-size: 8.5pt; margin-bottom: 2mm; }
table.settings caption { text-align: left; font-weight: bold; color: #102a43; padding: 1mm 0; }
table.settings th { background: none; font-weight: normal; color: #455a64; width: 62%; padding: 0.7mm 2mm 0.7mm 0;
  border-bottom: 1px solid #eceff1; vertical-align: top; }
table.settings td { padding: 0.7mm 0; border-bottom: 1px solid #eceff1; font-weight: bold; }
dl.hints { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 3mm; margin: 0 0 2mm; font-size: 8.5pt; }
dl.hints dt { text-align: right; }
dl.hints dd { margin: 0; color: #37474f; }
.reading { margin: 0 0 3mm; padding-left: 5mm; font-size: 8.5pt; }
.reading li { margin-bottom: 0.6mm; }
.csv-note { border-left: 3px solid #4dabf7; padding: 1.5mm 3mm; background: #f1f8ff; font-size: 9pt; }
`;
