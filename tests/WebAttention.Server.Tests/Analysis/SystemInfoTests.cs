using WebAttention.Inference.Sessions;
using WebAttention.Server.Analysis;

namespace WebAttention.Server.Tests.Analysis;

/// <summary>/api/system's device description is text for users (the device chip's tooltip), never an exception's.</summary>
public sealed class SystemInfoTests
{
    [Fact]
    public void A_model_that_failed_to_load_is_described_in_plain_words()
    {
        var info = PredictorHost.InfoOf(null, failed: true);

        Assert.Equal(("unavailable", "-"), (info.Device, info.Model));
        Assert.Equal(DeviceSummaries.Unavailable, info.DeviceDetail);
    }

    [Fact]
    public void A_model_still_loading_says_starting()
    {
        var info = PredictorHost.InfoOf(null, failed: false);

        Assert.Equal(("starting", "-", null), (info.Device, info.Model, info.DeviceDetail));
    }

    [Fact]
    public void The_device_summaries_carry_no_runtime_message()
    {
        Assert.Equal("CPU (no CUDA on this machine)", DeviceSummaries.CpuNoCuda);
        Assert.Equal("GPU (CUDA device 1)", DeviceSummaries.Gpu(1));
        Assert.All(
            new[] { DeviceSummaries.CpuNoCuda, DeviceSummaries.CpuChosen, DeviceSummaries.Unavailable, DeviceSummaries.Gpu(0) },
            s => Assert.DoesNotMatch("(?i)exception|entry point|OrtSession|\\.so", s));
    }
}
