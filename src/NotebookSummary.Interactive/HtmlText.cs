using System.Net;

namespace NotebookSummary.Interactive;

/// <summary>Small HTML helpers for the extension's own markup.</summary>
internal static class HtmlText
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Text shown as a notebook shows plain text: monospaced, spacing kept, no wrapping of table lines.</summary>
    public static string Preformatted(string text) =>
        "<pre class=\"nbs-text\" style=\"font-family: var(--vscode-editor-font-family, monospace); white-space: pre; overflow-x: auto;\">" +
        Escape(text) + "</pre>";
}
