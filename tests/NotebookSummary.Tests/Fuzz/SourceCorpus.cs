using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Keras.KerasTestData;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// The real Keras sources the mutations start from: every conformance case, Sequential and functional, and every
/// seed notebook cell.
/// </summary>
internal static class SourceCorpus
{
    public sealed record Source(string Id, string Text);

    private static readonly Lazy<IReadOnlyList<Source>> AllSources = new(Load);

    public static IReadOnlyList<Source> All => AllSources.Value;

    private static IReadOnlyList<Source> Load()
    {
        var sources = ConformanceCase.AllIds()
            .Select(id => new Source("conformance/" + id, ConformanceCase.Load(id).Source))
            .ToList();
        sources.AddRange(ConformanceCase.FunctionalIds()
            .Select(id => new Source("conformance/functional/" + id, ConformanceCase.Functional(id).Source)));
        foreach (var file in Directory.GetFiles(TestData("keras_seeds"), "*.py").Order(StringComparer.Ordinal))
            sources.Add(new Source("keras_seeds/" + Path.GetFileName(file), File.ReadAllText(file)));
        return sources;
    }
}
