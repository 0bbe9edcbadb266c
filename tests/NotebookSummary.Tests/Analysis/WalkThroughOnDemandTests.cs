using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Analysis;

/// <summary>
/// A row's walk-through is built when first read. It must be the walk-through the row's numbers came from: its
/// parameter formula gives the row's count (Keras's, for the conformance cases), its shape formulas give the row's
/// output dims, and it is one object however often it is read.
/// </summary>
public class WalkThroughOnDemandTests
{
    public static TheoryData<string> Cases() => ConformanceCases.Sequential();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Walk_throughs_built_later_agree_with_Keras_counts_and_shapes(string id)
    {
        var c = ConformanceCase.Load(id);
        var summary = KerasSource.Parse(c.Source).Summarize().Summary!;
        for (int i = 0; i < summary.Rows.Count; i++)
        {
            var row = summary.Rows[i];
            var w = row.WalkThrough;
            Assert.Same(w, row.WalkThrough);
            Assert.Equal(c.Rows[i].Params, w.Parameters?.Result ?? 0);
            Assert.Equal(w.Parameters is null, row.HasNoWeights);
            Assert.Equal(w.Parameters is null, w.NoParametersReason is not null);
            foreach (var f in w.Shape)
                Assert.Contains(f.Result, row.OutputShape.Dims);
        }
    }

    [Fact]
    public void Fingerprints_tell_apart_layers_that_agree_in_everything_but_their_arithmetic()
    {
        // Conv2D 3×3 and 1×9 with 'same' padding on the same input: both (3·3·8 + 1)·8 = (1·9·8 + 1)·8 = 584
        // parameters and output (None, 16, 16, 8); only the walk-through tells them apart.
        var summary = new Sequential
        {
            new Input(16, 16, 8),
            new Conv2D(8, (3, 3), padding: "same"),
            new Conv2D(8, (3, 3), padding: "same"),
            new Conv2D(8, (1, 9), padding: "same"),
        }.Summarize();
        var rows = summary.Rows;
        Assert.Equal([584L, 584, 584], rows.Select(r => r.Params));
        Assert.Equal(rows[0].WalkThroughFingerprint, rows[1].WalkThroughFingerprint);
        Assert.NotEqual(rows[1].WalkThroughFingerprint, rows[2].WalkThroughFingerprint);
        // The fingerprint kept from building equals the one of the walk-through built later.
        Assert.Equal(rows[2].WalkThroughFingerprint, WalkThroughFingerprint.Of(rows[2].WalkThrough));
    }

    [Fact]
    public void Fingerprints_found_again_by_their_shared_formulas_equal_the_ones_computed_afresh()
    {
        // Two kinds of Conv2D with equal counts and shapes, alternating: the fingerprint of each is found again by
        // the formula objects the rows share, and must be the one a thread that computed nothing before computes.
        var model = new Sequential { new Input(16, 16, 8) };
        for (int i = 0; i < 6; i++) model.Add(i % 2 == 0 ? new Conv2D(8, (3, 3), padding: "same") : new Conv2D(8, (1, 9), padding: "same"));
        var rows = model.Summarize().Rows;
        long[] found = [.. rows.Select(r => r.WalkThroughFingerprint)];

        long[] afresh = new long[2];
        var thread = new Thread(() =>
        {
            afresh[0] = new Sequential { new Input(16, 16, 8), new Conv2D(8, (3, 3), padding: "same") }.Summarize().Rows[0].WalkThroughFingerprint;
            afresh[1] = new Sequential { new Input(16, 16, 8), new Conv2D(8, (1, 9), padding: "same") }.Summarize().Rows[0].WalkThroughFingerprint;
        });
        thread.Start();
        thread.Join();

        Assert.NotEqual(afresh[0], afresh[1]);
        Assert.Equal([afresh[0], afresh[1], afresh[0], afresh[1], afresh[0], afresh[1]], found);
    }

    [Fact]
    public void Merges_whose_notes_name_different_inputs_share_a_fingerprint_once_the_names_are_masked()
    {
        // Two residual adds alike but for the names of their inputs, which their notes give. (Named so that no input
        // name is part of another word of the note: "add" would also be masked inside "adds".)
        var inputs = new Input(32, 32, 3);
        var x = new Conv2D(32, 3, activation: "relu").Call(inputs);
        var block1 = new MaxPooling2D(3).Call(x);
        x = new Conv2D(32, 3, padding: "same").Call(block1);
        var block2 = new Add { Name = "sum_one" }.Call(x, block1);
        x = new Conv2D(32, 3, padding: "same").Call(block2);
        var block3 = new Add { Name = "sum_two" }.Call(x, block2);
        var rows = new Model(inputs, block3).Summarize().Rows.Where(r => r.ClassName == "Add").ToList();

        Assert.NotEqual(rows[0].WalkThrough.Notes, rows[1].WalkThrough.Notes);
        Assert.Equal(rows[0].WalkThroughFingerprint, rows[1].WalkThroughFingerprint);
        // Unmasked, the two walk-throughs differ.
        Assert.NotEqual(WalkThroughFingerprint.Of(rows[0].WalkThrough), WalkThroughFingerprint.Of(rows[1].WalkThrough));
    }
}
