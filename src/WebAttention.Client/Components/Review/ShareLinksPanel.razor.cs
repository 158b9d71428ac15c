using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using WebAttention.Client.Services.Api;
using WebAttention.Core.Review;

namespace WebAttention.Client.Components.Review;

/// <summary>The owner's share links of a clip: create (scope, expiry, password), copy the new link, list with last use, revoke.</summary>
public sealed partial class ShareLinksPanel : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private IReadOnlyList<ShareLinkView> links = [];
    private ReviewScope scope = ReviewScope.Comment;
    private double? expiresInHours;
    private string? password;
    private CreatedShareLink? created;
    private string? error;
    private bool busy;

    [Parameter, EditorRequired]
    public Guid ClipId { get; set; }

    [Inject]
    private IReviewApi Api { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        try
        {
            links = await Api.GetSharesAsync(ClipId, lifetime.Token);
        }
        catch (HttpRequestException e)
        {
            error = e.Message;
        }
    }

    private async Task CreateAsync()
    {
        busy = true;
        error = null;
        try
        {
            created = await Api.CreateShareAsync(ClipId, new CreateShareLinkRequest(scope, expiresInHours, string.IsNullOrEmpty(password) ? null : password), lifetime.Token);
            password = null;
            await ReloadAsync();
        }
        catch (HttpRequestException e)
        {
            error = e.Message;
        }
        finally
        {
            busy = false;
        }
    }

    private async Task RevokeAsync(ShareLinkView link)
    {
        try
        {
            await Api.RevokeShareAsync(ClipId, link.Id, lifetime.Token);
            await ReloadAsync();
        }
        catch (HttpRequestException e)
        {
            error = e.Message;
        }
    }

    private async Task CopyAsync()
    {
        if (created is not null)
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", lifetime.Token, created.Url);
        }
    }

    private static string When(DateTime utc) => utc.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
    }
}
