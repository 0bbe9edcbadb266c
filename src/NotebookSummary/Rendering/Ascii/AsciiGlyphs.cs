namespace NotebookSummary.Rendering.Ascii;

/// <summary>
/// The five-character pictures of keras-sequential-ascii, by layer kind. The seed's ones: <c> \|/ </c> convolution,
/// <c>YYYYY</c> max pooling, <c>XXXXX</c> dense, <c> | ||</c> dropout, <c>|||||</c> flatten and activation,
/// <c> μ|σ </c> batch normalization, <c>(emb)</c> embedding, <c>#####</c> data. Kinds the seed does not draw are
/// decided here: average pooling shares the pooling funnel <c>YYYYY</c> (the class name beside it tells which),
/// recurrent layers get <c>LLLLL</c> (as later versions of the tool print LSTM and GRU), everything else <c>|||||</c>.
/// </summary>
internal static class AsciiGlyphs
{
    /// <summary>The picture of data between two operations.</summary>
    public const string Data = "#####";

    /// <summary>The picture of an operation of the given kind.</summary>
    public static string Operation(LayerKind kind) => kind switch
    {
        LayerKind.Convolution => " \\|/ ",
        LayerKind.MaxPooling or LayerKind.AveragePooling => "YYYYY",
        LayerKind.Dense => "XXXXX",
        LayerKind.Dropout => " | ||",
        LayerKind.Normalization => " μ|σ ",
        LayerKind.Embedding => "(emb)",
        LayerKind.Recurrent => "LLLLL",
        _ => "|||||",
    };
}
