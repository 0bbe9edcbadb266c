namespace NotebookSummary.Rendering.Html;

/// <summary>
/// The one stylesheet of every HTML output. Every selector starts with <c>.nbs-root</c>, so nothing outside the
/// output is touched. Colours are theme variables with fallbacks: VS Code's <c>--vscode-*</c>, then Jupyter's
/// <c>--jp-*</c>, then values that work on any background (the surrounding text colour, translucent greys, mid-tone
/// accents). Rows are grids whose column template comes from <see cref="ColumnWidths"/>.
/// </summary>
internal static class HtmlStylesheet
{
    /// <summary>
    /// The stacked layout of a table in a cell too narrow for its columns (see <see cref="ColumnWidths.AppendRule"/>,
    /// which scopes each rule to the table's class inside a container query): # | layer | Param # | bar on the first
    /// line, type and output shape on the second, "from …" on the third. The bar column keeps a fixed width, so
    /// bars stay comparable from row to row.
    /// </summary>
    public static readonly string[] StackedRules =
    [
        ".nbs-scroll{display:block;overflow-x:visible}",
        ".nbs-table{width:auto}",
        ".nbs-tr{grid-template-columns:max-content minmax(0,1fr) max-content minmax(7.5em,30%);column-gap:.8em;padding:.34em .6em}",
        ".nbs-tr>.nbs-params{grid-column:3;grid-row:1}",
        ".nbs-tr>.nbs-share{grid-column:4;grid-row:1}",
        ".nbs-tr>.nbs-type{grid-column:2;grid-row:2;color:var(--nbs-muted)}",
        ".nbs-tr>.nbs-shape{grid-column:3/5;grid-row:2;text-align:right;color:var(--nbs-muted);white-space:normal}",
        ".nbs-tr>.nbs-conn{grid-column:2/-1;grid-row:3}",
        ".nbs-bar{min-width:2.5em}",
        ".nbs-pct{min-width:0}",
        ".nbs-th .nbs-share{font-size:0}",
        ".nbs-th .nbs-share::after{content:\"Share\";font-size:13px}",
        ".nbs-mlabel{grid-column:2}",
        ".nbs-totl{grid-column:1/3}",
        ".nbs-size{grid-column:4}",
        ".nbs-walk{overflow-x:auto;padding:.6em .6em .7em 1em;grid-template-columns:max-content minmax(0,1fr)}",
        ".nbs-sec{grid-column:1/-1;margin-top:.3em}",
        ".nbs-lhs{grid-column:1}",
        ".nbs-eq{grid-column:2}",
        ".nbs-prose{grid-column:1/-1}",
        ".nbs-legend{columns:1}",
        ".nbs-errmsg{padding-left:.9em}",
        ".nbs-cost{padding-left:1em}",
    ];

    public const string Css = """
.nbs-root{container-type:inline-size;--nbs-fg:var(--vscode-editor-foreground,var(--jp-content-font-color1,currentColor));--nbs-muted:var(--vscode-descriptionForeground,var(--jp-content-font-color2,color-mix(in srgb,currentColor 64%,transparent)));--nbs-line:var(--vscode-editorWidget-border,var(--jp-border-color2,rgba(128,128,128,.3)));--nbs-tint:rgba(128,128,128,.09);--nbs-accent:var(--vscode-charts-blue,var(--jp-brand-color1,#3b82f6));--nbs-frozen:var(--vscode-charts-purple,#8b5cf6);--nbs-error:var(--vscode-errorForeground,var(--jp-error-color1,#d1242f));--nbs-font:var(--vscode-font-family,var(--jp-ui-font-family,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif));--nbs-math:"Cambria Math","STIX Two Math","STIX Two Text","Latin Modern Math",Cambria,"Times New Roman","DejaVu Serif",serif;
color:var(--nbs-fg);font-family:var(--nbs-font);font-size:13px;line-height:1.45;text-align:left;margin:.3em 0;max-width:100%}
.nbs-root *{box-sizing:border-box}
.nbs-root .nbs-cap{display:flex;flex-wrap:wrap;align-items:baseline;gap:.15em 1.1em;margin:0 0 .45em}
.nbs-root .nbs-title{font-size:1.08em;font-weight:600}
.nbs-root .nbs-meta{color:var(--nbs-muted)}
.nbs-root .nbs-model{color:var(--nbs-fg);font-weight:600}
.nbs-root .nbs-io{font-variant-numeric:tabular-nums;white-space:nowrap;color:var(--nbs-fg)}
.nbs-root .nbs-bad{color:var(--nbs-error);font-weight:600}
.nbs-root .nbs-key i{display:inline-block;width:1.4em;height:.62em;margin:0 .35em 0 .5em;border-radius:2px}
.nbs-root .nbs-scroll{display:inline-block;vertical-align:top;overflow-x:auto;max-width:100%;border:1px solid var(--nbs-line);border-radius:6px}
.nbs-root .nbs-table{width:max-content}
.nbs-root .nbs-tr{font-weight:400;display:grid;column-gap:1.1em;align-items:baseline;padding:.34em .9em;border-top:1px solid var(--nbs-line);font-variant-numeric:tabular-nums}
.nbs-root .nbs-th{border-top:0;background:var(--nbs-tint);color:var(--nbs-muted)}
.nbs-root .nbs-th>span{font-weight:600}
.nbs-root summary.nbs-tr{cursor:pointer;list-style:none}
.nbs-root summary.nbs-tr::-webkit-details-marker{display:none}
.nbs-root summary.nbs-tr::marker{content:""}
.nbs-root summary.nbs-tr:hover{background:var(--nbs-tint)}
.nbs-root summary.nbs-tr:focus-visible{outline:2px solid var(--nbs-accent);outline-offset:-2px}
.nbs-root details[open]>summary.nbs-tr{background:var(--nbs-tint);box-shadow:inset 3px 0 var(--nbs-accent)}
.nbs-root .nbs-i{color:var(--nbs-muted);text-align:right}
.nbs-root .nbs-name{position:relative;padding-left:1.1em;font-weight:600;overflow-wrap:break-word;min-width:0}
.nbs-root summary .nbs-name::before,.nbs-root summary .nbs-mlabel::before{content:"";position:absolute;left:.12em;top:.4em;width:.5em;height:.5em;border:solid var(--nbs-accent);border-width:0 2px 2px 0;transform:rotate(-45deg);transition:transform .12s}
.nbs-root .nbs-mlabel{position:relative;padding-left:1.1em}
.nbs-root details[open]>summary .nbs-name::before,.nbs-root details[open]>summary .nbs-mlabel::before{transform:translateY(-.1em) rotate(45deg)}
.nbs-root .nbs-frz{margin-left:.5em;padding:0 .45em;border:1px solid currentColor;border-radius:999px;color:var(--nbs-frozen);font-size:.78em;font-weight:500}
.nbs-root .nbs-type{overflow-wrap:anywhere}
.nbs-root .nbs-act{margin-left:.45em;padding:.05em .5em;border-radius:999px;background:var(--nbs-tint);color:var(--nbs-muted);font-size:.85em;white-space:nowrap}
.nbs-root .nbs-shape{white-space:nowrap;overflow-wrap:anywhere}
.nbs-root .nbs-params{text-align:right}
.nbs-root .nbs-th .nbs-params{text-align:right}
.nbs-root .nbs-zero{color:var(--nbs-muted)}
.nbs-root .nbs-share{display:flex;align-items:baseline;gap:.6em;min-width:0}
.nbs-root .nbs-th .nbs-share{display:block}
.nbs-root .nbs-bar{position:relative;display:flex;flex:1 1 auto;min-width:5em;height:.7em;border-radius:2px;background:var(--nbs-tint);overflow:hidden}
.nbs-root .nbs-bar::before{content:"";position:absolute;left:0;top:.2em;width:1px;height:.3em;background:var(--nbs-accent)}
.nbs-root .nbs-bar.nbs-fz::before{background:var(--nbs-frozen)}
.nbs-root .nbs-bar i{position:relative;display:block;height:100%}
.nbs-root .nbs-bt{background:var(--nbs-accent)}
.nbs-root .nbs-bn{background:repeating-linear-gradient(135deg,var(--nbs-frozen) 0 2px,transparent 2px 4px);box-shadow:inset 0 0 0 1px var(--nbs-frozen)}
.nbs-root .nbs-pct{flex:none;min-width:3.4em;text-align:right;color:var(--nbs-muted);font-size:.92em}
.nbs-root .nbs-walk{display:grid;grid-template-columns:max-content max-content minmax(0,1fr);align-items:baseline;gap:.28em .7em;padding:.7em 1.2em .85em 2.6em;border-top:1px dashed var(--nbs-line);background:var(--nbs-tint);box-shadow:inset 3px 0 var(--nbs-accent)}
.nbs-root .nbs-sec{grid-column:1;padding-right:.6em;color:var(--nbs-muted);font-size:.78em;font-weight:600;letter-spacing:.06em;text-transform:uppercase}
.nbs-root .nbs-lhs{grid-column:2;text-align:right}
.nbs-root .nbs-lhs,.nbs-root .nbs-eq,.nbs-root .nbs-legend dt{font-family:var(--nbs-math);font-size:1.15em;white-space:nowrap}
.nbs-root .nbs-eq{display:flex;flex-wrap:wrap;column-gap:.3em;min-width:0;margin-left:-.35em}
.nbs-root .nbs-math{font-family:var(--nbs-math);font-size:1.1em;color:var(--nbs-fg)}
.nbs-root .nbs-math>span{white-space:nowrap}
.nbs-root .nbs-num,.nbs-root .nbs-val{font-variant-numeric:lining-nums tabular-nums}
.nbs-root .nbs-res{font-weight:700}
.nbs-root .nbs-prose{grid-column:2/-1;width:0;min-width:100%}
.nbs-root var{font-style:italic;padding:0 .04em}
.nbs-root .nbs-w{font-style:normal}
.nbs-root sub{font-size:.7em;font-style:normal;line-height:0;vertical-align:-.3em}
.nbs-root .nbs-legend{columns:2 19em;column-gap:2em;margin:0}
.nbs-root .nbs-legend>div{break-inside:avoid}
.nbs-root .nbs-legend div div{display:flex;align-items:baseline;gap:.5em;padding:.05em 0}
.nbs-root .nbs-legend dt{flex:none;min-width:4.2em;font-size:1.08em}
.nbs-root .nbs-legend dd{margin:0;color:var(--nbs-muted)}
.nbs-root .nbs-notes{margin:0;padding-left:1.1em;color:var(--nbs-muted)}
.nbs-root .nbs-conn{grid-column:2/-1;font-size:.9em;color:var(--nbs-muted);overflow-wrap:anywhere;margin-top:-.15em}
.nbs-root .nbs-from{font-style:italic;margin-right:.15em}
.nbs-root .nbs-conn a{color:var(--nbs-accent);text-decoration:none;white-space:nowrap;font-variant-numeric:tabular-nums}
.nbs-root .nbs-conn a:hover,.nbs-root .nbs-conn a:focus-visible{text-decoration:underline}
.nbs-root [id]{scroll-margin:2.5em 0}
.nbs-root details:target>summary.nbs-tr,.nbs-root .nbs-list span:target,.nbs-root .nbs-gnames span:target{background:color-mix(in srgb,var(--nbs-accent) 22%,transparent);box-shadow:inset 3px 0 var(--nbs-accent)}
.nbs-root .nbs-nl{margin-left:.5em;padding:0 .45em;border:1px solid var(--nbs-line);border-radius:999px;color:var(--nbs-muted);font-size:.78em;font-weight:500;white-space:nowrap}
.nbs-root .nbs-inner{border-top:1px dashed var(--nbs-line);box-shadow:inset 3px 0 var(--nbs-accent)}
.nbs-root .nbs-inner .nbs-name{padding-left:2em}
.nbs-root .nbs-inner .nbs-name::before{left:1em}
.nbs-root .nbs-group>summary .nbs-x{color:var(--nbs-accent)}
.nbs-root .nbs-range{color:var(--nbs-muted);font-weight:400}
.nbs-root .nbs-gbody,.nbs-root .nbs-fold{border-top:1px dashed var(--nbs-line);box-shadow:inset 3px 0 var(--nbs-line)}
.nbs-root .nbs-list{margin:0;padding:.5em .9em;overflow-x:auto;font-family:var(--vscode-editor-font-family,var(--jp-code-font-family,ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace));font-size:.92em;line-height:1.45}
.nbs-root .nbs-gnote,.nbs-root .nbs-gnames{padding:.4em .9em;color:var(--nbs-muted);font-size:.92em}
.nbs-root .nbs-gnames{border-top:1px solid var(--nbs-line);width:0;min-width:100%;max-height:calc(5*1.45em + .8em);overflow-y:auto;overflow-wrap:anywhere}
.nbs-root .nbs-mlabel{grid-column:2/5;color:var(--nbs-accent);font-weight:600}
.nbs-root .nbs-err{border-top:1px solid var(--nbs-error);background:rgba(209,36,47,.09);box-shadow:inset 3px 0 var(--nbs-error)}
.nbs-root .nbs-err .nbs-tr{border-top:0;color:var(--nbs-error)}
.nbs-root .nbs-errmsg{padding:0 .9em .6em 2.2em;width:0;min-width:100%}
.nbs-root .nbs-errmsg b{color:var(--nbs-error)}
.nbs-root .nbs-hint{margin-top:.2em}
.nbs-root .nbs-calc{margin-top:.25em;font-family:var(--nbs-math);font-size:1.12em;overflow-wrap:anywhere}
.nbs-root .nbs-nc .nbs-tr{color:var(--nbs-muted);opacity:.6;font-style:italic}
.nbs-root .nbs-nc .nbs-name{font-weight:400}
.nbs-root .nbs-nc .nbs-mlabel{color:var(--nbs-muted);font-weight:400}
.nbs-root .nbs-at{color:var(--nbs-muted)}
.nbs-root .nbs-empty{padding:.6em .9em;border-top:1px solid var(--nbs-line);color:var(--nbs-muted)}
.nbs-root .nbs-foot{border-top:2px solid var(--nbs-line)}
.nbs-root .nbs-foot .nbs-tr{border-top:0;padding-top:.12em;padding-bottom:.12em}
.nbs-root .nbs-foot .nbs-tr:first-of-type{padding-top:.45em}
.nbs-root .nbs-foot .nbs-tr:last-child{padding-bottom:.5em}
.nbs-root .nbs-totl{grid-column:1/5;text-align:right;color:var(--nbs-muted)}
.nbs-root .nbs-tot .nbs-params{font-weight:600}
.nbs-root .nbs-size{color:var(--nbs-muted)}
.nbs-root .nbs-costs{border-top:1px dashed var(--nbs-line);margin-top:.3em;padding-top:.2em}
.nbs-root .nbs-costs .nbs-params{font-weight:400;white-space:nowrap}
.nbs-root .nbs-cst>:where(.nbs-totl){grid-column:1/4}
.nbs-root .nbs-cst>:where(.nbs-params){grid-column:4/6}
.nbs-root .nbs-costs .nbs-est .nbs-params,.nbs-root .nbs-costs .nbs-est .nbs-totl{font-weight:600;color:var(--nbs-fg)}
.nbs-root .nbs-cost{display:flex;flex-wrap:wrap;gap:.2em 1.6em;padding:.35em 1.2em .45em 2.6em;background:var(--nbs-tint);box-shadow:inset 3px 0 var(--nbs-accent);color:var(--nbs-muted);font-size:.92em;font-variant-numeric:tabular-nums}
.nbs-root .nbs-cost b{color:var(--nbs-fg);font-weight:600}
.nbs-root .nbs-footnote{padding:.4em .9em 0;color:var(--nbs-muted);font-size:.92em}

""";
}
