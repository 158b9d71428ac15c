using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Pages.Account;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Auth;
using WebAttention.Core;

namespace WebAttention.Client.Tests.Components;

public class LoginTests : MudTestContext
{
    private readonly FakeAccountService account = new();

    public LoginTests() => Services.AddSingleton<IAccountService>(account);

    [Fact]
    public void Submitting_an_empty_form_shows_what_is_missing_and_sends_nothing()
    {
        var cut = Render<Login>();

        cut.Find("form").Submit();

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("Enter your email address.", cut.Markup);
            Assert.Contains("Enter your password.", cut.Markup);
        });
        Assert.Empty(account.Logins);
    }

    [Fact]
    public void A_malformed_email_is_refused()
    {
        var cut = Render<Login>();

        cut.Find(Field("email")).Input("not-an-email");
        cut.Find(Field("password")).Input("secret-123");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("That is not an email address.", cut.Markup));
        Assert.Empty(account.Logins);
    }

    [Fact]
    public void The_servers_error_is_shown()
    {
        account.NextResult = AuthResult.Fail("Wrong email or password.");
        var cut = Render<Login>();

        cut.Find(Field("email")).Input("ada@example.com");
        cut.Find(Field("password")).Input("secret-123");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Wrong email or password.", cut.Find("[data-testid=auth-error]").TextContent.Trim()));
        Assert.Equal([new Credentials("ada@example.com", "secret-123")], account.Logins);
    }

    [Fact]
    public void Success_goes_to_the_return_address()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/login?returnUrl=%2Fclips%2F42");
        var cut = Render<Login>();

        cut.Find(Field("email")).Input("ada@example.com");
        cut.Find(Field("password")).Input("secret-123");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.EndsWith("/clips/42", navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_return_address_is_replaced_by_the_library()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/login?returnUrl=%2F%2Fevil.example");
        var cut = Render<Login>();

        cut.Find(Field("email")).Input("ada@example.com");
        cut.Find(Field("password")).Input("secret-123");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(navigation.BaseUri, navigation.Uri));
    }

    [Fact]
    public void Registration_checks_the_repeated_password()
    {
        var cut = Render<Register>();

        cut.Find(Field("email")).Input("ada@example.com");
        cut.Find(Field("password")).Input("long-enough-1");
        cut.Find(Field("confirm-password")).Input("different-1");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("The passwords do not match.", cut.Markup));
        Assert.Empty(account.Registrations);
    }

    // MudTextField passes extra attributes on to its <input>.
    private static string Field(string testId) => $"input[data-testid={testId}]";

    private sealed class FakeAccountService : IAccountService
    {
        public AuthResult NextResult { get; set; } = AuthResult.Ok;

        public List<Credentials> Logins { get; } = [];

        public List<Credentials> Registrations { get; } = [];

        public Task<AuthResult> LoginAsync(Credentials credentials, CancellationToken cancellationToken)
        {
            Logins.Add(credentials);
            return Task.FromResult(NextResult);
        }

        public Task<AuthResult> RegisterAsync(Credentials credentials, CancellationToken cancellationToken)
        {
            Registrations.Add(credentials);
            return Task.FromResult(NextResult);
        }

        public Task LogoutAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
