namespace NotebookSummary.Keras.Binding;

/// <summary>
/// The layers a binder constructed last, with the constructor arguments each was made from, so that a call that
/// repeats a configuration (a deep model's <c>Conv2D(8, 3, padding='same')</c> line after line) gets a copy of the
/// layer made the first time instead of a reflection call: the invoke checks every argument and boxes every
/// <c>Nullable</c> one, which cost more than the rest of binding. The copy is what the constructor would make —
/// the same immutable fields, the constructor-time settings, a creation number of its own
/// (<see cref="Layer.CopyAsNewLayer"/>) — and it is used only where that holds: a library layer type (every
/// field immutable, checked by LayerImmutabilityTests), no layer inside it, and arguments that are the very same
/// shared boxes (<see cref="Boxes"/>), defaults or equal strings, which a copy cannot tell from new ones.
/// Kept per binder, so per thread, and bounded: a few signatures, one configuration each.
/// </summary>
internal sealed class LayerPrototypes
{
    private sealed class Entry
    {
        public LayerSignature? Signature;
        public object?[] Arguments = [];
        public Layer? Layer;
        public LayerSettings Settings;
    }

    private readonly Entry[] _entries = [new(), new(), new(), new(), new(), new(), new(), new()];
    private int _next;

    /// <summary>A new layer for <paramref name="signature"/> called with <paramref name="arguments"/>.</summary>
    public Layer Create(LayerSignature signature, object?[] arguments)
    {
        Entry? entry = null;
        foreach (var candidate in _entries)
        {
            if (!ReferenceEquals(candidate.Signature, signature)) continue;
            if (SameArguments(candidate.Arguments, arguments)) return candidate.Layer!.CopyAsNewLayer(candidate.Settings);
            entry = candidate;
            break;
        }

        var layer = signature.Create(arguments);
        if (!CanCopy(layer, arguments)) return layer;
        if (entry is null)
        {
            entry = _entries[_next];
            _next = (_next + 1) % _entries.Length;
            entry.Signature = signature;
        }
        if (entry.Arguments.Length != arguments.Length) entry.Arguments = new object?[arguments.Length];
        Array.Copy(arguments, entry.Arguments, arguments.Length);
        entry.Layer = layer;
        entry.Settings = layer.Settings; // before the binder gives the layer its name and location
        return layer;
    }

    private static bool SameArguments(object?[] known, object?[] arguments)
    {
        if (known.Length != arguments.Length) return false;
        for (int i = 0; i < known.Length; i++)
        {
            var a = known[i];
            var b = arguments[i];
            if (ReferenceEquals(a, b)) continue;
            if (a is string s && b is string t && string.Equals(s, t, StringComparison.Ordinal)) continue;
            return false;
        }
        return true;
    }

    // Strings and boxes of values only: a value that holds references (a layer, an array, a list) is not compared.
    private static bool CanCopy(Layer layer, object?[] arguments)
    {
        if (!layer.HasLibraryType || layer.LayersWithRules.Count != 0) return false;
        foreach (var argument in arguments)
            if (argument is not (null or string or ValueType)) return false;
        return true;
    }
}
