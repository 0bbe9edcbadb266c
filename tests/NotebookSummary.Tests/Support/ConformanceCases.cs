namespace NotebookSummary.Tests.Support;

/// <summary>The case lists theories run over, each in id order.</summary>
public static class ConformanceCases
{
    /// <summary>Every Sequential case.</summary>
    public static TheoryData<string> Sequential() => [.. ConformanceCase.AllIds()];

    /// <summary>The Sequential cases Keras 3 runs (with keras3_summary.txt).</summary>
    public static TheoryData<string> SequentialPrintedByKeras3() =>
        [.. ConformanceCase.AllIds().Where(id => ConformanceCase.Load(id).Keras3Summary() is not null)];

    /// <summary>Every functional case (each has Keras 3's printouts).</summary>
    public static TheoryData<string> Functional() => [.. ConformanceCase.FunctionalIds()];

    /// <summary>The functional cases <see cref="FunctionalModels"/> builds with the C# API.</summary>
    public static TheoryData<string> FunctionalBuiltInCSharp() => [.. FunctionalModels.All.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Those of <see cref="FunctionalBuiltInCSharp"/> Keras prints with the "Connected to" column.</summary>
    public static TheoryData<string> GraphsBuiltInCSharp() =>
        [.. FunctionalModels.All.Keys.Order(StringComparer.Ordinal).Where(id => ConformanceCase.Functional(id).IsGraph)];
}
