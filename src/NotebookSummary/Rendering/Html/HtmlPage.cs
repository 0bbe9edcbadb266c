using System.Text;

namespace NotebookSummary.Rendering.Html;

/// <summary>The document around a fragment for <see cref="HtmlRenderer.RenderPage"/>: UTF-8, the system's light or
/// dark colours (the fragment's own fallbacks follow the page's text colour), a comfortable margin.</summary>
internal static class HtmlPage
{
    public static void AppendStart(StringBuilder sb, string title) =>
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .AppendEscaped(title).Append("</title>\n")
            .Append("<style>:root{color-scheme:light dark}body{margin:1.5rem;background:Canvas;color:CanvasText;")
            .Append("font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}</style>\n</head>\n<body>\n");

    public static void AppendEnd(StringBuilder sb) => sb.Append("\n</body>\n</html>\n");
}
