using CsCheck;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>Text made only of structural Python fragments (<see cref="SourceEdit.Snippets"/>) and stray names.</summary>
internal sealed record TokenSoup(int[] Pieces)
{
    public string Text { get; } = string.Concat(Pieces.Select(p =>
        SourceEdit.Snippets[p % SourceEdit.Snippets.Length] + (p / SourceEdit.Snippets.Length % 4 == 0 ? "x" : "")));

    public static Gen<TokenSoup> Gen { get; } = CsCheck.Gen.Int[0, 1023].Array[1, 60].Select(p => new TokenSoup(p));

    public override string ToString() => HostileText.Abbreviate(Text);
}
