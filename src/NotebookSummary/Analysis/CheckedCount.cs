namespace NotebookSummary.Analysis;

/// <summary>
/// The arithmetic of <see cref="Expr"/> on plain values, for figures a row shows but no walk-through explains (the
/// multiply-accumulate count): checked 64-bit products and sums, <c>null</c> (an unknown dimension) propagating
/// through every operation. The same numbers an expression tree would give, without building one for every layer.
/// </summary>
internal static class CheckedCount
{
    /// <summary><paramref name="a"/>·<paramref name="b"/>; throws <see cref="OverflowException"/> past 64 bits.</summary>
    public static long? Times(long? a, long? b) => a is { } x && b is { } y ? checked(x * y) : null;

    /// <summary><paramref name="a"/> + <paramref name="b"/>; throws <see cref="OverflowException"/> past 64 bits.</summary>
    public static long? Plus(long? a, long? b) => a is { } x && b is { } y ? checked(x + y) : null;

    /// <summary>The product of the values of <paramref name="factors"/>, left to right (1 when there are none).</summary>
    public static long? Product(Expr[] factors)
    {
        long? product = 1;
        for (int i = 0; i < factors.Length; i++) product = Times(product, factors[i].Value);
        return product;
    }
}
