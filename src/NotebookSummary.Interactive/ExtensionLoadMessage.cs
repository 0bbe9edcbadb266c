using System.Reflection;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>
/// What the extension says when a notebook loads it: what it added and one thing to try. Displayed by
/// extension.dib through its registered formatters.
/// </summary>
internal sealed class ExtensionLoadMessage
{
    /// <summary>The message of this build.</summary>
    public static ExtensionLoadMessage Current { get; } = new(VersionOf(typeof(ExtensionLoadMessage).Assembly));

    public ExtensionLoadMessage(string version) => Version = version;

    /// <summary>The package version, e.g. <c>0.1.0</c>.</summary>
    public string Version { get; }

    /// <summary>One paragraph of text.</summary>
    public string Text =>
        $"NotebookSummary {Version} loaded: a Sequential, a ModelSummary or a layer's row displays as a Keras summary " +
        $"with formula walk-throughs, and a #!summary cell reads Keras code " +
        $"(--format {string.Join("|", SummaryCellOptions.FormatNames)}, --formulas). " +
        "Try: using NotebookSummary; new Sequential { new Input(28, 28, 1), new Conv2D(32, 3), new Flatten(), new Dense(10) }";

    /// <summary>The same as <see cref="Text"/>, with code in <c>&lt;code&gt;</c>.</summary>
    public string Html =>
        $"<div class=\"nbs-loaded\"><strong>NotebookSummary {HtmlText.Escape(Version)}</strong> loaded: a <code>Sequential</code>, " +
        "a <code>ModelSummary</code> or a layer's row displays as a Keras summary with formula walk-throughs, and a " +
        "<code>#!summary</code> cell reads Keras code " +
        $"(<code>--format {string.Join("|", SummaryCellOptions.FormatNames)}</code>, <code>--formulas</code>).<br>" +
        "Try: <code>using NotebookSummary; new Sequential { new Input(28, 28, 1), new Conv2D(32, 3), new Flatten(), new Dense(10) }</code></div>";

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // The SDK appends "+<commit>" to the informational version; the package version is the part before it.
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? "?";
    }
}
