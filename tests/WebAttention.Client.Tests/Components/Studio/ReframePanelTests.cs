using WebAttention.Client.Components.Studio;

namespace WebAttention.Client.Tests.Components.Studio;

/// <summary>The custom aspect field: the studio keeps the strict limit for ratios a person types (terms up to 100).</summary>
public sealed class ReframePanelTests : MudTestContext
{
    private IReadOnlySet<string>? raised;

    private IRenderedComponent<ReframePanel> Render() =>
        Render<ReframePanel>(p => p
            .Add(c => c.Selected, new HashSet<string>())
            .Add(c => c.SelectedChanged, (IReadOnlySet<string> s) => raised = s));

    private static void Type(IRenderedComponent<ReframePanel> panel, string text)
    {
        panel.Find(".custom-aspect input").Change(text);
        panel.Find("[data-testid=custom-aspect-add]").Click();
    }

    [Theory]
    [InlineData("1080x1920")]
    [InlineData("0:1")]
    [InlineData("wide")]
    public void A_typed_ratio_with_a_term_over_100_or_no_ratio_at_all_is_refused_with_how_to_write_one(string text)
    {
        var panel = Render();

        Type(panel, text);

        Assert.Null(raised);
        Assert.Contains("Write two whole numbers up to 100, like 21:9.", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_ratio_is_reduced_as_the_server_stores_it()
    {
        var panel = Render();

        Type(panel, "18:32");

        Assert.Equal(["9:16"], raised!);
        Assert.DoesNotContain("Write two whole numbers", panel.Markup, StringComparison.Ordinal);
    }
}
