using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NotebookSummary.Helpers;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Helpers;

/// <summary>
/// Keras's number text: every "params:" line Keras 3 printed in the conformance cases (a count with thousands
/// separators and its float32 size), Keras's <c>readable_memory_size</c> at its unit boundaries, and Python's
/// <c>str()</c> for plain integers, None and tuples.
/// </summary>
public class KerasNumbersTests
{
    private static readonly Regex ParamsLine = new(@"params: ([0-9,]+) \(([^)]+)\)", RegexOptions.CultureInvariant);

    public static TheoryData<string, string> KerasParamsLines()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(ConformanceCase.Root, "keras3_summary*.txt", SearchOption.AllDirectories).Order())
            foreach (Match m in ParamsLine.Matches(File.ReadAllText(file)))
                if (seen.Add(m.Value)) data.Add(m.Groups[1].Value, m.Groups[2].Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(KerasParamsLines))]
    public void Counts_and_sizes_read_as_keras_3_printed_them(string count, string size)
    {
        long n = long.Parse(count.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        Assert.Equal(count, KerasNumbers.Count(n));
        Assert.Equal(count, new StringBuilder().AppendCount(n).ToString());
        Assert.Equal(size, KerasNumbers.MemorySize(n * 4L)); // float32 weights: 4 bytes each
    }

    [Fact]
    public void The_printouts_hold_enough_lines_to_check()
    {
        Assert.True(KerasParamsLines().Count >= 100, "the conformance printouts' params lines were not found");
    }

    [Theory]
    [InlineData(0L, "0.00 B")]
    [InlineData(1023L, "1023.00 B")]
    [InlineData(1024L, "1.00 KB")]
    [InlineData(26240L, "25.62 KB")] // 25.625: Python's round-half-even formatting
    [InlineData(1048575L, "1024.00 KB")] // the unit is chosen before rounding
    [InlineData(1048576L, "1.00 MB")]
    [InlineData(553430176L, "527.79 MB")] // VGG16: 138,357,544 · 4
    public void Memory_sizes_step_by_1024_with_two_decimals(long bytes, string expected) =>
        Assert.Equal(expected, KerasNumbers.MemorySize(bytes));

    [Fact]
    public void Counts_whose_bytes_overflow_64_bits_still_print()
    {
        // long.MaxValue ≈ 2^63 parameters · 4 B = 2^65 B = 2^15 PB.
        Assert.Equal("32768.00 PB", KerasNumbers.MemorySize((Int128)long.MaxValue * 4));
        Assert.Equal("9,223,372,036,854,775,807", KerasNumbers.Count(long.MaxValue));
        // Python: f"{-2**63:,}"
        Assert.Equal("-9,223,372,036,854,775,808", new StringBuilder().AppendCount(long.MinValue).ToString());
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(1792L, "1792")]
    [InlineData(-5L, "-5")]
    public void Plain_integers_are_pythons_str(long n, string expected)
    {
        Assert.Equal(expected, KerasNumbers.Plain(n));
        Assert.Equal(expected, new StringBuilder().AppendPlain(n).ToString());
    }

    [Fact]
    public void An_unknown_size_is_none()
    {
        Assert.Equal("None", KerasNumbers.Dim(null));
        Assert.Equal("None", KerasNumbers.CountOrNone(null));
        Assert.Equal("26", KerasNumbers.Dim(26));
        Assert.Equal("25,088", KerasNumbers.CountOrNone(25088));
    }

    [Fact]
    public void Tuples_are_pythons_str()
    {
        Assert.Equal("(224, 224, 3)", KerasNumbers.Tuple([224, 224, 3]));
        Assert.Equal("(None, None, 3)", KerasNumbers.Tuple([null, null, 3]));
        Assert.Equal("(7,)", KerasNumbers.Tuple([7]));
        Assert.Equal("(2, 3)", KerasNumbers.Tuple(new[] { 2, 3 }));
        Assert.Equal("(3,)", KerasNumbers.Tuple(new[] { 3 }));
        Assert.Equal("()", KerasNumbers.Tuple(Array.Empty<int>()));
    }

    [Fact]
    public void The_users_culture_does_not_change_the_text()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // writes 1.792 and 4,58
            Assert.Equal("1,792", KerasNumbers.Count(1792));
            Assert.Equal("4.58 MB", KerasNumbers.MemorySize(1_199_882L * 4));
            Assert.Equal("-5", KerasNumbers.Plain(-5));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
