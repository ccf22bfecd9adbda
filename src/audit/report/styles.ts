// The report's only stylesheet, inline (no external resource): sober, readable when printed in black
// and white, A4 with one section per page. On screen the page is shown as a sheet of paper.
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: #eceff1; color: #263238;
  font: 10.5pt/1.45 "Liberation Sans", Arial, Helvetica, sans-serif;
}
main { max-width: 210mm; margin: 0 auto; background: #fff; padding: 14mm; }
@media print { body { background: #fff; } main { max-width: none; margin: 0; padding: 0; } }
@media screen { section + section { margin-top: 12mm; padding-top: 8mm; border-top: 1px dashed #cfd8dc; } }
section { break-before: page; }
section:first-child { break-before: auto; }
/* A trailing margin must not push an empty page. */
section > :last-child, .charts > :last-child { margin-bottom: 0; }
h1, h2, h3 { color: #102a43; line-height: 1.2; break-after: avoid; }
h1 { font-size: 22pt; margin: 4mm 0 2mm; }
h2 { font-size: 16pt; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 2px solid #102a43; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
p { margin: 0 0 2.5mm; }
.muted { color: #607d8b; }
.small { font-size: 8.5pt; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 9pt; color: #607d8b; margin: 0; }
.organisation { font-size: 13pt; font-weight: bold; margin: 0; color: #37474f; }

/* Cover */
.cover-band { border-left: 6px solid #102a43; padding: 2mm 0 2mm 5mm; margin-bottom: 6mm; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0 0 6mm; }
dl.meta dt { color: #607d8b; }
dl.meta dd { margin: 0; font-weight: bold; }
.headline {
  background: #102a43; color: #fff; border-radius: 3mm; padding: 6mm 7mm; margin: 0 0 4mm;
  font-size: 20pt; line-height: 1.15;
}
.headline .big { font-size: 42pt; font-weight: bold; color: #ffd54f; padding: 0 1mm; }
.headline p { font-size: 9.5pt; color: #cfd8dc; margin: 3mm 0 0; line-height: 1.4; }
.pending { font-weight: bold; color: #b26a00; margin-bottom: 5mm; }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 3mm; margin: 0 0 6mm; }
.tile { border: 1px solid #cfd8dc; border-radius: 2mm; padding: 3mm; break-inside: avoid; }
.tile .value { font-size: 17pt; font-weight: bold; color: #102a43; display: block; }
.tile .name { display: block; font-size: 8.5pt; line-height: 1.3; color: #607d8b; }
.tile.alert .value { color: #c62828; }
.keys { margin: 0; padding-left: 5mm; }
.keys li { margin-bottom: 1.5mm; }

/* Charts */
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm 6mm; }
figure { margin: 0 0 3mm; break-inside: avoid; }
figure.wide { grid-column: 1 / -1; }
figcaption { font-weight: bold; font-size: 10.5pt; margin-bottom: 2mm; color: #102a43; }
figure svg { display: block; max-width: 100%; height: auto; }

/* Tables */
table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9pt; }
thead { display: table-header-group; }
th { text-align: left; background: #eceff1; color: #37474f; font-weight: bold; padding: 1.5mm 2mm; }
td { padding: 1.5mm 2mm; border-bottom: 1px solid #e0e6ea; vertical-align: top; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.wrap { overflow-wrap: break-word; }
tfoot td { font-weight: bold; border-top: 1.5px solid #90a4ae; border-bottom: none; }
.presence { font-weight: bold; overflow-wrap: break-word; }
.handle { display: block; color: #607d8b; font-size: 8pt; font-weight: normal; overflow-wrap: anywhere; line-height: 1.3; }
.badge {
  display: inline-block; padding: 0.3mm 1.8mm; border-radius: 1.5mm; color: #fff; font-size: 8pt;
  font-weight: bold; line-height: 1.35;
}
.badge.pending { background: #fff; color: #b26a00; border: 1px solid #b26a00; margin: 0 0 0 1mm; }
.issues { margin: 0; padding: 0; list-style: none; }
.issues li { display: inline-block; margin: 0 1mm 0.8mm 0; padding: 0 1.5mm; border-radius: 1.2mm;
  background: #ffebee; color: #b71c1c; font-size: 8pt; }
.reasons { margin: 0; padding-left: 3.5mm; }
.by { display: block; color: #607d8b; font-size: 7.5pt; }
.change-up { color: #c62828; }
.change-down { color: #2e7d32; }

/* Risks */
.counts { display: grid; grid-template-columns: repeat(5, 1fr); gap: 2mm; margin: 0 0 3mm; }
.counts div { background: #fff3e0; border-radius: 1.5mm; padding: 2mm; break-inside: avoid; }
.counts b { display: block; font-size: 15pt; color: #bf360c; }
.counts span { display: block; font-size: 8pt; line-height: 1.3; color: #5d4037; }
.risk { margin-bottom: 5mm; }
.risk-lead { color: #455a64; font-style: italic; }

/* Decisions */
.group h3 { display: flex; align-items: center; gap: 2mm; }
.group h3 .muted { font-size: 9pt; font-weight: normal; }
/* Fixed widths, so that the reason gets room and no word is cut in the middle. */
table.decisions { table-layout: fixed; font-size: 8.5pt; }
table.decisions th, table.decisions td { padding: 1.5mm 1.4mm; }
table.decisions th { font-size: 7.5pt; }
table.decisions td { overflow-wrap: break-word; }
.decisions th:nth-child(1) { width: 17%; }
.decisions th:nth-child(2) { width: 10%; }
.decisions th:nth-child(3) { width: 15%; }
.decisions th:nth-child(4) { width: 14%; }
.decisions th:nth-child(5) { width: 12%; }
.decisions th:nth-child(6) { width: 10%; }
.decisions th:nth-child(7) { width: 22%; }

/* Plan */
.bar { display: inline-block; width: 22mm; height: 2.4mm; background: #eceff1; border-radius: 1.2mm;
  vertical-align: middle; margin-right: 1.5mm; overflow: hidden; }
.bar i { display: block; height: 100%; background: #2e7d32; }
.late { color: #c62828; font-weight: bold; }
footer { margin-top: 8mm; color: #90a4ae; font-size: 8pt; }
`;
