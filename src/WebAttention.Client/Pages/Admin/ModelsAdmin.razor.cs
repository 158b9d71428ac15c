using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using WebAttention.Client.Services.Api;
using WebAttention.Core;
using WebAttention.Core.Models;

namespace WebAttention.Client.Pages.Admin;

/// <summary>Admin page: the registered models, registering a zip, picking the default and deleting models.</summary>
public sealed partial class ModelsAdmin : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private List<ModelSummary>? models;
    private string? loadError;
    private bool busy;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IModelsApi ModelsApi { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <inheritdoc />
    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        // Non-admins see the notice only; the server answers 403 to them anyway.
        if (AuthenticationState is not null && (await AuthenticationState).User.IsInRole(Roles.Admin))
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            models = [.. await ModelsApi.GetModelsAsync(lifetime.Token)];
            loadError = null;
        }
        catch (HttpRequestException ex)
        {
            models ??= [];
            loadError = $"Could not load the models: {ex.Message} Reload the page to try again.";
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    private Task RegisteredAsync(ModelSummary model) => LoadAsync();

    private async Task SetDefaultAsync(ModelSummary model)
    {
        busy = true;
        try
        {
            var chosen = await ModelsApi.SetDefaultAsync(model.Name, lifetime.Token);
            Snackbar.Add($"{chosen.Name} {chosen.Version} is now the default; new analyses use it.", Severity.Success);
            await LoadAsync();
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"{model.Name} was not made the default: {ex.Message}", Severity.Error);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            busy = false;
        }
    }

    private async Task DeleteAsync(ModelSummary model)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete model", $"Delete {model.Name} {model.Version} from the server? Clips already analysed keep their maps.",
            yesText: "Delete", cancelText: "Keep");
        if (confirmed != true)
        {
            return;
        }

        busy = true;
        try
        {
            await ModelsApi.DeleteAsync(model.Name, lifetime.Token);
            models?.RemoveAll(m => m.Name == model.Name);
            Snackbar.Add($"Deleted {model.Name}.", Severity.Info);
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"{model.Name} was not deleted: {ex.Message}", Severity.Error);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            busy = false;
        }
    }
}
