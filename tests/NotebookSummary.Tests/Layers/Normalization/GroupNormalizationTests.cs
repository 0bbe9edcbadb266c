using NotebookSummary.Tests.Layers.Core;

namespace NotebookSummary.Tests.Layers.Normalization;

/// <summary>GroupNormalization: groups must divide the C channels; gamma and beta per channel (2·C), all trainable.</summary>
public class GroupNormalizationTests
{
    [Fact]
    public void Has_gamma_and_beta_per_channel()
    {
        // (None, 32, 32, 64), groups=8: 2·64 = 128 params; 8 groups of 64/8 = 8 channels.
        var row = LayerAssert.Row(new GroupNormalization(groups: 8), 32, 32, 64);
        Assert.Equal(new Shape(null, 32, 32, 64), row.OutputShape);
        LayerAssert.Params(row, 128, 128, 0);
        Assert.Equal("group_normalization", row.Name);
        Assert.Equal(LayerKind.Normalization, row.Kind);
        Assert.Equal("params = 2·C = 2·64 = 128", row.WalkThrough.Parameters!.ToString());
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("8 groups of 8 channels"));
    }

    [Fact]
    public void Default_groups_and_instance_normalization()
    {
        // groups=32 (default) on 64 channels: 2·64 = 128. groups=-1: one group per channel, still 2·16 = 32.
        LayerAssert.Params(LayerAssert.Row(new GroupNormalization(), 8, 8, 64), 128, 128, 0);
        var instance = LayerAssert.Row(new GroupNormalization(groups: -1), 16);
        LayerAssert.Params(instance, 32, 32, 0);
        Assert.Contains(instance.WalkThrough.Notes, n => n.Contains("16 groups of 1 channel,"));
    }

    [Fact]
    public void Axis_and_flags()
    {
        // channels_first (None, 64, 8, 8), axis=1, groups=4: 2·64 = 128; scale=False keeps beta only: 64.
        LayerAssert.Params(LayerAssert.Row(new GroupNormalization(groups: 4, axis: 1), 64, 8, 8), 128, 128, 0);
        LayerAssert.Params(LayerAssert.Row(new GroupNormalization(groups: 4, scale: false), 8, 64), 64, 64, 0);
        LayerAssert.Params(LayerAssert.Row(new GroupNormalization(groups: 4, trainable: false), 8, 64), 128, 0, 128);
        var none = LayerAssert.Row(new GroupNormalization(groups: 4, center: false, scale: false), 8, 64);
        Assert.Contains("no weights", none.WalkThrough.NoParametersReason);
    }

    [Fact]
    public void Groups_must_divide_the_channels()
    {
        var error = LayerAssert.Error(new GroupNormalization(groups: 3), 8, 8, 64);
        Assert.Equal("GroupNormalization groups=3 does not divide the 64 channels on axis -1", error.Message);
        Assert.Equal("use a divisor of 64, e.g. groups=2", error.Hint);
        Assert.Equal("GroupNormalization groups=32 is more than the 16 channels on axis -1",
            LayerAssert.Error(new GroupNormalization(), 8, 8, 16).Message);
        Assert.Equal("GroupNormalization argument 'groups' must be a positive integer (or -1 for one group per channel), but it is 0",
            LayerAssert.Error(new GroupNormalization(groups: 0), 8, 8, 16).Message);
    }

    [Fact]
    public void Needs_a_known_channel_axis()
    {
        Assert.Equal("GroupNormalization needs the size of axis -1 for its gamma and beta, but it is None in its input (None, 8, None)",
            LayerAssert.Error(new GroupNormalization(groups: 2), 8, null).Message);
        Assert.Equal("GroupNormalization axis=3 does not exist in its 3D input (None, 8, 4)",
            LayerAssert.Error(new GroupNormalization(groups: 2, axis: 3), 8, 4).Message);
    }
}
