namespace NotebookSummary.BrowserTests.Support;

/// <summary>
/// The notebook front ends an output is shown in, emulated by the page around it: the CSS variables each one defines
/// on its output cell (the summary takes its colours from them) and, for JupyterLab, the table rules its rendered
/// HTML output applies to every table (right-aligned cells, 0.5em padding, striped rows, fixed layout).
/// </summary>
public sealed record CellHost(string Name, bool Dark, string BodyAttributes, string Variables, string Background, string Foreground, string ExtraCss)
{
    public static readonly CellHost VsCodeLight = new("vscode-light", false, "class=\"vscode-light\"",
        "--vscode-editor-foreground:#3b3b3b;--vscode-editor-background:#ffffff;--vscode-descriptionForeground:#717171;" +
        "--vscode-editorWidget-border:#c8c8c8;--vscode-charts-blue:#1a85ff;--vscode-charts-purple:#652d90;" +
        "--vscode-errorForeground:#e51400;--vscode-font-family:system-ui,\"Ubuntu\",\"Droid Sans\",sans-serif;" +
        "--vscode-editor-font-family:\"Droid Sans Mono\",monospace;",
        "#ffffff", "#3b3b3b", "");

    public static readonly CellHost VsCodeDark = new("vscode-dark", true, "class=\"vscode-dark\"",
        "--vscode-editor-foreground:#cccccc;--vscode-editor-background:#1f1f1f;--vscode-descriptionForeground:#9d9d9d;" +
        "--vscode-editorWidget-border:#454545;--vscode-charts-blue:#3794ff;--vscode-charts-purple:#b180d7;" +
        "--vscode-errorForeground:#f85149;--vscode-font-family:system-ui,\"Ubuntu\",\"Droid Sans\",sans-serif;" +
        "--vscode-editor-font-family:\"Droid Sans Mono\",monospace;",
        "#1f1f1f", "#cccccc", "");

    private const string JupyterTables =
        ".jp-RenderedHTMLCommon table{border-collapse:collapse;border-spacing:0;border:none;font-size:12px;" +
        "table-layout:fixed;margin-left:auto;margin-right:auto;margin-bottom:1em}" +
        ".jp-RenderedHTMLCommon th,.jp-RenderedHTMLCommon td{text-align:right;vertical-align:middle;padding:.5em;" +
        "line-height:normal;white-space:normal;max-width:none;border:none}" +
        ".jp-RenderedHTMLCommon tbody tr:nth-child(odd){background:var(--jp-layout-color0)}" +
        ".jp-RenderedHTMLCommon{font-size:14px;line-height:1.28;padding-right:20px}";

    public static readonly CellHost JupyterLight = new("jupyter-light", false, "data-jp-theme-light=\"true\"",
        "--jp-content-font-color1:rgba(0,0,0,.87);--jp-content-font-color2:rgba(0,0,0,.54);--jp-border-color2:#e0e0e0;" +
        "--jp-brand-color1:#1976d2;--jp-error-color1:#d32f2f;--jp-layout-color0:#ffffff;" +
        "--jp-ui-font-family:system-ui,-apple-system,\"Segoe UI\",Helvetica,Arial,sans-serif;",
        "#ffffff", "rgba(0,0,0,.87)", JupyterTables);

    public static readonly CellHost JupyterDark = new("jupyter-dark", true, "data-jp-theme-light=\"false\"",
        "--jp-content-font-color1:rgba(255,255,255,1);--jp-content-font-color2:rgba(255,255,255,.7);--jp-border-color2:#424242;" +
        "--jp-brand-color1:#42a5f5;--jp-error-color1:#ef5350;--jp-layout-color0:#111111;" +
        "--jp-ui-font-family:system-ui,-apple-system,\"Segoe UI\",Helvetica,Arial,sans-serif;",
        "#111111", "rgba(255,255,255,1)", JupyterTables);

    public static readonly IReadOnlyList<CellHost> All = [VsCodeLight, VsCodeDark, JupyterLight, JupyterDark];

    /// <summary>Id of the element that stands for the output cell: the output is its only child.</summary>
    public const string CellId = "cell";

    /// <summary>A page with <paramref name="output"/> inside an output cell exactly <paramref name="width"/> px wide.</summary>
    public string Page(string output, int width)
    {
        var cellClass = Name.StartsWith("jupyter", StringComparison.Ordinal) ? " class=\"jp-OutputArea-output jp-RenderedHTMLCommon\"" : "";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>" +
               $"body{{{Variables}margin:0;padding:8px;background:{Background};color:{Foreground};" +
               "font-family:system-ui,sans-serif;font-size:13px}" + ExtraCss +
               $"#{CellId}{{width:{width}px;box-sizing:border-box}}" +
               $"</style></head><body {BodyAttributes}><div id=\"{CellId}\"{cellClass}>{output}</div></body></html>";
    }

    public override string ToString() => Name;
}
