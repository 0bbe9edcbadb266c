namespace NotebookSummary.Keras.Binding;

/// <summary>
/// Direct calls of the library's layer constructors, written at compile time (NotebookSummary.Generators): the
/// reader builds a layer through one of these rather than by reflection, which a native program pays for on every
/// argument (it checks and copies each one). A constructor of another assembly's layer class has none; the
/// reader calls it by reflection.
/// </summary>
internal static partial class LayerConstructors
{
    private static readonly Dictionary<Type, (Type[] Parameters, Func<object?[], Layer> Create)[]> ByType = Written()
        .GroupBy(e => e.Type)
        .ToDictionary(g => g.Key, g => g.Select(e => (e.Parameters, e.Create)).ToArray());

    /// <summary>The written call of the constructor of <paramref name="type"/> taking <paramref name="parameters"/>, or null.</summary>
    public static Func<object?[], Layer>? Find(Type type, Type[] parameters)
    {
        if (!ByType.TryGetValue(type, out var constructors)) return null;
        foreach (var (written, create) in constructors)
            if (written.AsSpan().SequenceEqual(parameters)) return create;
        return null;
    }

    /// <summary>How many constructors have a written call (for the test that every library layer has its own).</summary>
    internal static int Count => ByType.Values.Sum(c => c.Length);

    private static partial (Type Type, Type[] Parameters, Func<object?[], Layer> Create)[] Written();
}
