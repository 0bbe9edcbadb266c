namespace NotebookSummary.Analysis;

/// <summary>
/// The didactic explanation of one layer: how its parameter count and each computed output dimension follow
/// from its arguments and its input. Structured data; renderers decide how it looks.
/// </summary>
public sealed class WalkThrough
{
    internal WalkThrough(Formula? parameters, string? noParametersReason, IReadOnlyList<Formula> shape,
        IReadOnlyList<string> notes)
    {
        Parameters = parameters;
        NoParametersReason = noParametersReason;
        Shape = shape;
        Notes = notes;
    }

    /// <summary>The parameter formula, or null for a layer without weights (see <see cref="NoParametersReason"/>).</summary>
    public Formula? Parameters { get; }

    /// <summary>Why the layer has no weights ("pooling has no weights"), or null when it has some.</summary>
    public string? NoParametersReason { get; }

    /// <summary>Formulas for the output dimensions the layer computes (dims passed through unchanged are not listed).</summary>
    public IReadOnlyList<Formula> Shape { get; }

    /// <summary>Short remarks that help read the formulas (e.g. "reset_after=True adds a second bias").</summary>
    public IReadOnlyList<string> Notes { get; }

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
}
