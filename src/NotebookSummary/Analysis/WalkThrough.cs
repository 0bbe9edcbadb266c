namespace NotebookSummary.Analysis;

/// <summary>
/// The didactic explanation of one layer: how its parameter count and each computed output dimension follow
/// from its arguments and its input. Structured data; renderers decide how it looks. A value: it never changes, and
/// two walk-throughs with the same formulas, reason and notes are equal.
/// </summary>
public sealed class WalkThrough : IEquatable<WalkThrough>
{
    internal WalkThrough(Formula? parameters, string? noParametersReason, IReadOnlyList<Formula> shape,
        IReadOnlyList<WalkThroughNote> notes)
    {
        Parameters = parameters;
        NoParametersReason = noParametersReason;
        // Frozen copies: the builder's lists are its own, and a list handed out must not be writable by a cast.
        Shape = ArrayView<Formula>.Copy(shape);
        StructuredNotes = ArrayView<WalkThroughNote>.Copy(notes);
        Notes = ArrayView<string>.Copy(notes.Select(n => n.ToString()).ToList());
    }

    /// <summary>A walk-through that explains nothing, for a row made by hand without one.</summary>
    internal static WalkThrough Empty { get; } = new(null, null, [], []);

    /// <summary>The parameter formula, or null for a layer without weights (see <see cref="NoParametersReason"/>).</summary>
    public Formula? Parameters { get; }

    /// <summary>Why the layer has no weights ("pooling has no weights"), or null when it has some.</summary>
    public string? NoParametersReason { get; }

    /// <summary>Formulas for the output dimensions the layer computes (dims passed through unchanged are not listed).</summary>
    public IReadOnlyList<Formula> Shape { get; }

    /// <summary>Short remarks that help read the formulas (e.g. "reset_after=True adds a second bias"), as plain text.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The same remarks with the formulas they contain kept as formulas, for renderers that typeset them.</summary>
    public IReadOnlyList<WalkThroughNote> StructuredNotes { get; }

    /// <summary>Every symbol used in the formulas, once, with its meaning: the legend.</summary>
    public IReadOnlyList<Symbol> Symbols
    {
        get
        {
            var seen = new List<Symbol>();
            foreach (var f in AllFormulas)
                foreach (var s in f.Rule.Symbols())
                    if (!seen.Exists(x => x.Name == s.Name)) seen.Add(s);
            return seen;
        }
    }

    /// <summary>The parameter formula (if any) followed by the shape formulas.</summary>
    public IEnumerable<Formula> AllFormulas => Parameters is null ? Shape : Shape.Prepend(Parameters);

    public bool Equals(WalkThrough? other) =>
        ReferenceEquals(this, other) || other is not null
        && Equals(Parameters, other.Parameters)
        && NoParametersReason == other.NoParametersReason
        && Shape.SequenceEqual(other.Shape)
        && StructuredNotes.SequenceEqual(other.StructuredNotes);

    public override bool Equals(object? obj) => Equals(obj as WalkThrough);

    public override int GetHashCode() => HashCode.Combine(Parameters, NoParametersReason, Shape.Count, Notes.Count);
}
