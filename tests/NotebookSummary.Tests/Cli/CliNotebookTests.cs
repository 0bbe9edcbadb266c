using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookSummary.Cli;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// A Jupyter notebook given to <c>nbsummary</c> — a student's likely first try — is read as its code cells, in order,
/// and every message names the cell and the line in it.
/// </summary>
public class CliNotebookTests
{
    /// <summary>An nbformat 4 notebook; each cell is ("code" or "markdown", source), the source stored as a list
    /// of lines as Jupyter saves it.</summary>
    private static string Notebook(params (string Type, string Source)[] cells)
    {
        var array = new JsonArray();
        foreach (var (type, source) in cells)
        {
            var lines = new JsonArray();
            string[] split = source.Split('\n');
            for (int i = 0; i < split.Length; i++) lines.Add(split[i] + (i < split.Length - 1 ? "\n" : ""));
            array.Add(new JsonObject
            {
                ["cell_type"] = type, ["metadata"] = new JsonObject(), ["source"] = lines,
                ["outputs"] = type == "code" ? new JsonArray() : null, ["execution_count"] = null,
            });
        }
        return new JsonObject { ["cells"] = array, ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 }
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string Write(CliRunner.TempDirectory dir, string json)
    {
        string path = dir.File("lab.ipynb");
        File.WriteAllText(path, json);
        return path;
    }

    private static readonly (string, string)[] Lab =
    [
        ("markdown", "# Lab 3: a small network"),
        ("code", "!pip install keras\n%matplotlib inline\nimport keras\nfrom keras import layers"),
        ("markdown", "The model:"),
        ("code", "model = keras.Sequential([\n    keras.Input((784,)),\n    layers.Dense(64),\n    layers.Dense(10),\n])"),
        ("code", "%%time\nmodel.summary()"),
        ("code", "%%bash\nls -l | grep (\n"),
    ];

    [Fact]
    public void The_code_cells_are_read_in_order_past_magics_and_shell_lines()
    {
        using var dir = CliRunner.TempDir();
        var r = CliRunner.Run(Write(dir, Notebook(Lab)));
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal("", r.Stderr);
        // (784 + 1)·64 = 50,240 and (64 + 1)·10 = 650: 50,890 in all.
        Assert.Contains(" Total params: 50,890 (198.79 KB)\n", r.Stdout);
    }

    [Fact]
    public void An_error_names_the_cell_and_the_line_in_it()
    {
        using var dir = CliRunner.TempDir();
        var cells = Lab.ToArray();
        cells[3] = ("code", "model = keras.Sequential([\n    keras.Input((784,)),\n    layers.Dense2(64),\n])");
        string path = Write(dir, Notebook(cells));
        var r = CliRunner.Run(path);
        Assert.Equal(ExitCodes.ModelErrors, r.ExitCode);
        // Cell 4 (counting the Markdown cells), its line 3, column 12 where "Dense2" starts after "    layers.".
        var lines = r.Stderr.Split('\n');
        Assert.StartsWith($"{path}, cell 4, line 3, column 12: error: unknown layer 'Dense2'", lines[0]);
        Assert.Equal(" 3 |     layers.Dense2(64),", lines[1]);
        Assert.Equal("   |            ^^^^^^", lines[2]);

        using var json = JsonDocument.Parse(CliRunner.Run(path, "-f", "json").Stdout);
        var d = json.RootElement.GetProperty("diagnostics").EnumerateArray().First(e => e.GetProperty("severity").GetString() == "error");
        Assert.Equal((4, 3, 12), (d.GetProperty("cell").GetInt32(), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void Percent_and_bang_inside_brackets_are_python()
    {
        // A line that continues an expression is not a magic: "% 3" is the modulo, "!= 0" a comparison.
        using var dir = CliRunner.TempDir();
        string code = "import keras\nfrom keras import layers\nunits = (70\n    % 64)\nok = (units\n    != 0)\n" +
                      "model = keras.Sequential([keras.Input((4,)), layers.Dense(units)])";
        var r = CliRunner.Run(Write(dir, Notebook(("code", code))));
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("(None, 6)", r.Stdout); // 70 % 64 = 6 units
    }

    [Fact]
    public void A_notebook_on_standard_input_is_recognized()
    {
        var r = CliRunner.RunWithInput(Notebook(Lab), "-");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("50,890", r.Stdout);
    }

    [Theory]
    [InlineData("{\"cells\": [", "it is not a valid notebook: the JSON is broken at line 1")]
    [InlineData("{\"worksheets\": []}", "it is a notebook of format 3, which is not read")]
    [InlineData("[1, 2]", "it is JSON without a \"cells\" list")]
    public void A_broken_notebook_says_what_is_wrong(string json, string expected)
    {
        using var dir = CliRunner.TempDir();
        string path = Write(dir, json);
        var r = CliRunner.Run(path);
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.StartsWith($"nbsummary: error: cannot read '{path}': {expected}", r.Stderr);
    }

    [Fact]
    public void Python_that_starts_with_a_dict_is_still_python()
    {
        var r = CliRunner.RunWithInput("{\"units\": 3}\nimport keras\nfrom keras import layers\n" +
                                       "model = keras.Sequential([keras.Input((4,)), layers.Dense(3)])\n", "-");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains(" Total params: 15 (60.00 B)\n", r.Stdout); // (4 + 1)·3
    }
}
