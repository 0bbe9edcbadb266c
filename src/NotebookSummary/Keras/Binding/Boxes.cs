namespace NotebookSummary.Keras.Binding;

/// <summary>
/// Shared boxed values for constructor arguments: small integers, booleans and small sizes such as <c>(3, 3)</c>
/// repeat in every model, and boxing them once keeps reading a large model from allocating per argument.
/// Safe because the boxed values are immutable.
/// </summary>
internal static class Boxes
{
    private static readonly object[] SmallInts = Enumerable.Range(-8, 1033).Select(i => (object)i).ToArray();
    private static readonly object True = true, False = false;
    // Keyed by the dims packed into a long; 4096 holds the kernel, stride and pool sizes models repeat.
    private static readonly ProcessCache<long, object> Sizes = new(static key => Make(Unpack(key), tuple: (key & 4) != 0), capacity: 4096);

    public static object Int(int value) => value is >= -8 and <= 1024 ? SmallInts[value + 8] : value;

    public static object Bool(bool value) => value ? True : False;

    /// <summary>A boxed scalar Size (<c>strides=2</c>): shared for 0–255, else a fresh box.</summary>
    public static object Size(int value) =>
        value is >= 0 and <= 255 ? Sizes[1L | (long)(uint)value << 8] : new Size(value);

    /// <summary>A boxed Size: shared for up to three dimensions of 0–255 (no None), else a fresh box.</summary>
    public static object Size(int?[] dims, bool tuple)
    {
        if (dims.Length is 0 or > 3) return Make(dims, tuple);
        long key = (long)(uint)dims.Length | (tuple ? 4L : 0L);
        for (int i = 0; i < dims.Length; i++)
        {
            if (dims[i] is not { } d || d is < 0 or > 255) return Make(dims, tuple);
            key |= (long)(uint)d << (8 + 8 * i);
        }
        return Sizes[key];
    }

    private static int?[] Unpack(long key)
    {
        var dims = new int?[key & 3];
        for (int i = 0; i < dims.Length; i++) dims[i] = (int)((key >> (8 + 8 * i)) & 0xFF);
        return dims;
    }

    private static Size Make(int?[] dims, bool tuple) =>
        tuple ? NotebookSummary.Size.Tuple(dims) : new Size(dims[0]!.Value);
}
