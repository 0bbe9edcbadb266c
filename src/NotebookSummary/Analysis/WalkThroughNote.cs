namespace NotebookSummary.Analysis;

/// <summary>
/// A remark under a walk-through's formulas: prose, optionally led by the formula it explains, e.g.
/// <c>non-trainable = 2·C = 2·32 = 64</c> + "the moving mean and moving variance, …". The formula stays an
/// <see cref="Expr"/>, so every renderer typesets it as it typesets the walk-through's own formulas.
/// A value: equal when it reads the same.
/// </summary>
public sealed class WalkThroughNote : IEquatable<WalkThroughNote>
{
    public WalkThroughNote(string text) : this(null, text) { }

    public WalkThroughNote(Formula? formula, string text = "")
    {
        Formula = formula;
        Text = text;
    }

    /// <summary>The formula the note starts with, or null for prose only.</summary>
    public Formula? Formula { get; }

    /// <summary>The prose (after the formula and a colon, when there is a formula); may be empty.</summary>
    public string Text { get; }

    /// <summary>The note as plain text: <c>formula: text</c>, <c>formula</c> or <c>text</c>.</summary>
    public override string ToString()
    {
        if (Formula is null) return Text;
        var sb = new System.Text.StringBuilder();
        AppendText(sb);
        return sb.ToString();
    }

    /// <summary>Appends <see cref="ToString"/>'s text (the fingerprint of every row reads its notes: no string a note).</summary>
    internal void AppendText(System.Text.StringBuilder sb)
    {
        if (Formula is null)
        {
            sb.Append(Text);
            return;
        }
        Formula.AppendText(sb);
        if (Text.Length > 0) sb.Append(": ").Append(Text);
    }

    public bool Equals(WalkThroughNote? other) =>
        ReferenceEquals(this, other) || other is not null
        && Equals(Formula, other.Formula) && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as WalkThroughNote);

    public override int GetHashCode() => HashCode.Combine(Formula, Text);
}
