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
    public string ResultText => Expr.FormatNumber(Result);

    /// <summary><c>target = symbolic = substituted = result</c>, skipping steps that would repeat themselves.</summary>
    public override string ToString()
    {
        string symbolic = Symbolic, substituted = Substituted, result = ResultText;
        var sb = new System.Text.StringBuilder(Target).Append(" = ").Append(symbolic);
        string last = symbolic;
        if (substituted != symbolic) sb.Append(" = ").Append(last = substituted);
        if (result != last) sb.Append(" = ").Append(result);
        return sb.ToString();
    }

    public bool Equals(Formula? other) =>
        ReferenceEquals(this, other) || other is not null
        && Target == other.Target && Result == other.Result
        && Symbolic == other.Symbolic && Substituted == other.Substituted
        && Rule.Symbols().SequenceEqual(other.Rule.Symbols());

    public override bool Equals(object? obj) => Equals(obj as Formula);

    public override int GetHashCode() => HashCode.Combine(Target, Result);
}
