using System.Globalization;
using CsCheck;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering.Svg;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// Every option of the HTML, SVG, text and JSON renderers set to an edge value (0, −1, int.MinValue, int.MaxValue,
/// NaN, ∞, tiny and huge sizes, a hostile title): each renderer clamps or refuses as documented, never crashes.
/// </summary>
internal sealed record RandomRenderOptions(int[] Choices)
{
    private static readonly int[] Ints = [int.MinValue, -1, 0, 1, 2, 3, 5, 50, int.MaxValue];
    private static readonly int[] Widths = [-1, 0, 1, 10, 20, 40, 65, 76, 200, 1_000, 20_000, int.MaxValue];
    private static readonly double?[] Doubles =
        [null, double.NaN, double.NegativeInfinity, -1, 0, 1e-300, 0.5, 1, 2, 3, 240, 1e5, 1e308, double.PositiveInfinity];

    public static Gen<RandomRenderOptions> Gen { get; } = CsCheck.Gen.Int[0, 1023].Array[12].Select(c => new RandomRenderOptions(c));

    private int Int(int i) => Ints[Choices[i] % Ints.Length];
    private double? Double(int i) => Doubles[Choices[i] % Doubles.Length];
    private bool Bool(int i) => Choices[i] % 2 == 1;

    public HtmlOptions Html => new()
    {
        ExpandFormulas = Bool(0), MaxVisibleRows = Int(1), CollapseRepeats = Int(2),
        Title = Choices[3] % 3 == 0 ? null : HostileText.Name(Choices[3], 0),
    };

    public SvgOptions Svg => new()
    {
        MaxWidth = Double(4) ?? 1280, MaxColumns = Int(5), ChannelExponent = Double(6), SpatialExponent = Double(7),
        ShowLegend = Bool(8), ShowTitle = Bool(9), MaxTagsPerElement = Int(10),
    };

    public KerasTableOptions Text => new()
    {
        Style = Bool(11) ? KerasTableStyle.Keras2 : KerasTableStyle.Keras3,
        LineLength = Choices[4] % 5 == 0 ? null : Widths[Choices[4] % Widths.Length],
        ShowTrainable = !Bool(11) && Bool(0),
    };

    public JsonRenderOptions Json => new() { Indented = Bool(8), IncludeWalkThrough = Bool(9) };

    /// <summary>The outputs with these options; a text width too small or too large for the table is refused as documented.</summary>
    public IEnumerable<EveryOutput.Output> Render(ModelSummary summary)
    {
        yield return new("html", SummaryFormat.Html, HtmlRenderer.Render(summary, Html));
        yield return new("html page", SummaryFormat.Html, HtmlRenderer.RenderPage(summary, Html));
        yield return new("svg", SummaryFormat.Svg, SvgRenderer.Render(summary, Svg));
        yield return new("json", SummaryFormat.Json, JsonRenderer.Render(summary, Json));
        string? text = null;
        try
        {
            text = KerasTableRenderer.Render(summary, Text);
        }
        catch (ArgumentOutOfRangeException e) when (e.Message.StartsWith("Insufficient console width", StringComparison.Ordinal)
                                                     || e.Message.Contains("characters a table line may have", StringComparison.Ordinal))
        {
        }
        if (text is not null) yield return new("text", SummaryFormat.Text, text);
    }

    public override string ToString() =>
        HostileText.Abbreviate(string.Create(CultureInfo.InvariantCulture, $"{Html}\n{Svg}\n{Text}\n{Json}"));
}
