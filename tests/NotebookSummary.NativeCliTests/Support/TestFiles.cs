namespace NotebookSummary.NativeCliTests.Support;

/// <summary>The conformance cases and Keras seeds copied next to the test binaries (see the project file).</summary>
internal static class TestFiles
{
    private static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>Every conformance case's folder (Sequential and functional), by a short id such as "0005" or "functional/0143".</summary>
    public static IReadOnlyDictionary<string, string> Cases { get; } = FindCases();

    /// <summary>The Keras sources the project grew from.</summary>
    public static IReadOnlyList<string> Seeds { get; } =
        [.. Directory.GetFiles(Data("keras_seeds"), "*.py").Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> FindCases()
    {
        var cases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in Directory.GetDirectories(Data("conformance")))
            if (File.Exists(Path.Combine(dir, "model.py"))) cases[Path.GetFileName(dir)] = dir;
        foreach (var dir in Directory.GetDirectories(Data("conformance", "functional", "cases")))
            if (File.Exists(Path.Combine(dir, "model.py"))) cases["functional/" + Path.GetFileName(dir)] = dir;
        return cases;
    }
}
