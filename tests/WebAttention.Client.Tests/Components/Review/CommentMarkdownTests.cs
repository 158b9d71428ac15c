using WebAttention.Client.Components.Review;

namespace WebAttention.Client.Tests.Components.Review;

public class CommentMarkdownTests
{
    [Fact]
    public void Emphasis_and_code_render_and_a_single_paragraph_stays_inline()
    {
        Assert.Equal("The <strong>logo</strong> is cut at <code>0:12</code>", CommentMarkdown.ToHtml("The **logo** is cut at `0:12`"));
    }

    [Fact]
    public void Typed_html_is_shown_as_text_never_as_markup()
    {
        var html = CommentMarkdown.ToHtml("<script>alert(1)</script> <img src=x onerror=alert(1)> <b>x</b>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](//evil.example/x)")]
    public void Links_that_could_run_something_lose_their_target_and_keep_their_text(string markdown)
    {
        var html = CommentMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_links_render_and_never_pass_the_opener()
    {
        var html = CommentMarkdown.ToHtml("see [the brief](https://example.com/brief) and <https://example.com>");

        Assert.Contains("href=\"https://example.com/brief\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_show_their_alt_text_and_load_nothing()
    {
        var html = CommentMarkdown.ToHtml("![tracking pixel](https://tracker.example/p.gif)");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", html, StringComparison.Ordinal);
        Assert.Contains("tracking pixel", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_paragraphs_and_lists_keep_their_blocks()
    {
        var html = CommentMarkdown.ToHtml("First point\n\n- crop drifts\n- logo cut");

        Assert.StartsWith("<p>First point</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>crop drifts</li>", html, StringComparison.Ordinal);
    }
}
