using System.Globalization;

namespace NotebookSummary.Rendering.Svg;

/// <summary>The three face shades and outline of a drawn box: lit top, plain front, shaded side.</summary>
internal readonly record struct BoxColors(string Front, string Top, string Side, string Stroke);

/// <summary>
/// Colours of the drawing, one hue per <see cref="LayerKind"/> of the layer that produced an element, chosen to stay
/// distinguishable for common colour-vision deficiencies and to print in grey. Plain hex colours only (no CSS
/// variables), so PowerPoint and every SVG viewer read them.
/// </summary>
internal static class DiagramPalette
{
    public const string Text = "#222222";
    public const string MutedText = "#666666";
    public const string Connector = "#9A9A9A";
    public const string KernelStroke = "#1F3F8F";
    public const string KernelFill = "#7FA7F0";
    public const string PoolStroke = "#A33A00";
    public const string PoolFill = "#F5A05A";
    public const string Error = "#C62828";
    public const string ErrorFill = "#FDECEA";
    public const string Background = "#FFFFFF";
    /// <summary>The "frozen" mark: a mid blue that reads on white and on a dark notebook theme.</summary>
    public const string Frozen = "#3D7BD9";

    /// <summary>Base hue of a kind.</summary>
    public static string Base(LayerKind kind) => kind switch
    {
        LayerKind.Input => "#B8C4D6",
        LayerKind.Convolution => "#6E9BD1",
        LayerKind.MaxPooling => "#F2A65E",
        LayerKind.AveragePooling => "#E8C468",
        LayerKind.Dense => "#6DBE7E",
        LayerKind.Flatten => "#A9A9A9",
        LayerKind.Reshape => "#7CC4C0",
        LayerKind.Embedding => "#D9A3C8",
        LayerKind.Recurrent => "#A98BD6",
        LayerKind.Normalization => "#C9B38F",
        _ => "#C2B8AA",
    };

    /// <summary>What a kind's colour means, for the legend.</summary>
    public static string Meaning(LayerKind kind) => kind switch
    {
        LayerKind.Input => "input",
        LayerKind.Convolution => "convolution output",
        LayerKind.MaxPooling => "max pooling output",
        LayerKind.AveragePooling => "average pooling output",
        LayerKind.Dense => "dense output",
        LayerKind.Flatten => "flatten output",
        LayerKind.Reshape => "reshaping output",
        LayerKind.Embedding => "embedding output",
        LayerKind.Recurrent => "recurrent output",
        LayerKind.Normalization => "normalization output",
        LayerKind.Dropout => "dropout output",
        LayerKind.Activation => "activation output",
        _ => "other layer output",
    };

    public static BoxColors Box(LayerKind kind)
    {
        string b = Base(kind);
        return new BoxColors(b, Mix(b, 255, 0.45), Mix(b, 0, 0.18), Mix(b, 0, 0.55));
    }

    /// <summary>Mixes a #RRGGBB colour towards grey level <paramref name="target"/> by <paramref name="amount"/>.</summary>
    private static string Mix(string hex, int target, double amount)
    {
        int Channel(int i)
        {
            int v = int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return (int)Math.Round(v + (target - v) * amount);
        }
        return $"#{Channel(0):X2}{Channel(1):X2}{Channel(2):X2}";
    }
}
