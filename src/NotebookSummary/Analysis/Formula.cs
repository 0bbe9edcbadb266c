namespace NotebookSummary.Analysis;

/// <summary>
/// One line of a walk-through: what is computed (<c>params</c>, <c>out_h</c>), the rule with symbols, the rule
/// with the model's numbers, and the result — e.g. <c>params = (k_h·k_w·c_in + 1)·filters = (3·3·1 + 1)·32 = 320</c>.
/// Renderer-neutral: text and HTML renderers format it their own way. Two formulas are equal when they read the same:
/// same target, rule (symbolic and with numbers), result and symbol legend.
/// </summary>
public sealed class Formula : IEquatable<Formula>
{
    public Formula(string target, Expr rule)
    {
        Target = target;
        Rule = rule;
    }

    /// <summary>What the formula computes: <c>params</c>, <c>out_h</c>, <c>units</c>, ...</summary>
    public string Target { get; }

    /// <summary>The expression tree (for renderers that want more than text).</summary>
    public Expr Rule { get; }

    /// <summary>The rule with symbol names, e.g. <c>(k_h·k_w·c_in + 1)·filters</c>.</summary>
    public string Symbolic => Rule.Symbolic;

    /// <summary>The rule with this model's numbers, e.g. <c>(3·3·1 + 1)·32</c>.</summary>
    public string Substituted => Rule.Substituted;

    /// <summary>The value; null when it depends on an unknown dimension.</summary>
    public long? Result => Rule.Value;

    /// <summary>The result as Keras prints numbers in formulas: <c>2,108</c>, or <c>None</c>.</summary>
    public string ResultText => KerasNumbers.CountOrNone(Result);

    /// <summary>
    /// Whether the rule with numbers reads differently from the rule with names: not for a rule without symbols
    /// (<c>2·64</c>). The one statement of which steps a walk-through shows, for every renderer.
    /// </summary>
    public bool ShowsNumbers => !Rule.IsNumeric;

    /// <summary>
    /// Whether the result reads differently from the step before it: not for a bare number or symbol
    /// (<c>c_out = filters = 32</c> shows no <c>= 32</c> twice).
    /// </summary>
    public bool ShowsResult => !Rule.IsAtom;

    /// <summary><c>target = symbolic = substituted = result</c>, skipping steps that would repeat themselves.</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        AppendText(sb);
        return sb.ToString();
    }

    /// <summary>Appends <see cref="ToString"/>'s text, the target padded to <paramref name="targetWidth"/>.</summary>
    internal void AppendText(System.Text.StringBuilder sb, int targetWidth = 0)
    {
        sb.Append(Target).Append(' ', Math.Max(0, targetWidth - Target.Length)).Append(" = ");
        Rule.Write(sb, substituted: false);
        if (ShowsNumbers) Rule.Write(sb.Append(" = "), substituted: true);
        if (!ShowsResult) return;
        // ResultText's text, written in place: every row's fingerprint writes the formulas of its notes.
        if (Result is { } result) sb.Append(" = ").AppendCount(result);
        else sb.Append(" = None");
    }

    public bool Equals(Formula? other) =>
        ReferenceEquals(this, other) || other is not null
        && Target == other.Target && Result == other.Result
        && Symbolic == other.Symbolic && Substituted == other.Substituted
        && Rule.Symbols().SequenceEqual(other.Rule.Symbols());

    public override bool Equals(object? obj) => Equals(obj as Formula);

    public override int GetHashCode() => HashCode.Combine(Target, Result);
}
