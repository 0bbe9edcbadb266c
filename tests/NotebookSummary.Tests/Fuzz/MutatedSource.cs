using CsCheck;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>A real source after a few <see cref="SourceEdit"/>s; prints where it came from, the edits and the result.</summary>
internal sealed record MutatedSource(SourceCorpus.Source Origin, SourceEdit[] Edits)
{
    public string Text { get; } = Edits.Aggregate(Origin.Text, (text, edit) => edit.ApplyTo(text));

    public static Gen<MutatedSource> Gen(int maxEdits, int maxNameLength) =>
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, SourceCorpus.All.Count - 1], SourceEdit.Gen(maxNameLength).Array[1, maxEdits],
            (origin, edits) => new MutatedSource(SourceCorpus.All[origin], edits));

    public override string ToString() =>
        $"{Origin.Id} with {string.Join(", ", Edits)}:\n{HostileText.Abbreviate(Text, 20_000)}";
}
