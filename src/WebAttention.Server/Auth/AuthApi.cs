using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WebAttention.Core;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Auth;

/// <summary>Cookie sign-in for the browser app: register, log in, log out, who am I.</summary>
public static class AuthApi
{
    public const string RateLimitPolicy = Security.RateLimits.AuthPolicy;

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(ApiRoutes.Register, RegisterAsync).RequireRateLimiting(RateLimitPolicy);
        app.MapPost(ApiRoutes.Login, LoginAsync).RequireRateLimiting(RateLimitPolicy);
        app.MapPost(ApiRoutes.Logout, LogoutAsync).RequireAuthorization();
        app.MapGet(ApiRoutes.Me, MeAsync).RequireAuthorization();
        return app;
    }

    /// <summary>Creates a Creator account; the very first account also becomes Admin.</summary>
    private static async Task<Results<Ok<UserInfo>, ValidationProblem>> RegisterAsync(
        Credentials credentials, UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountRoles roles)
    {
        var user = new AppUser { UserName = credentials.Email, Email = credentials.Email };
        var created = await users.CreateAsync(user, credentials.Password ?? string.Empty);
        if (!created.Succeeded)
        {
            return TypedResults.ValidationProblem(created.Errors.ToDictionary(e => e.Code, e => new[] { e.Description }));
        }
        var granted = await roles.GrantInitialRolesAsync(user);
        await signIn.SignInAsync(user, isPersistent: true);
        return TypedResults.Ok(new UserInfo(user.Id, user.Email!, granted));
    }

    private static async Task<Results<Ok<UserInfo>, ProblemHttpResult>> LoginAsync(
        Credentials credentials, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        var user = await users.FindByEmailAsync(credentials.Email ?? string.Empty);
        if (user is null)
        {
            return BadCredentials();
        }
        var result = await signIn.PasswordSignInAsync(user, credentials.Password ?? string.Empty, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("Too many failed attempts; try again in a few minutes.", statusCode: StatusCodes.Status429TooManyRequests);
        }
        if (!result.Succeeded)
        {
            return BadCredentials();
        }
        var roleNames = await users.GetRolesAsync(user);
        return TypedResults.Ok(new UserInfo(user.Id, user.Email!, [.. roleNames]));
    }

    private static ProblemHttpResult BadCredentials() =>
        TypedResults.Problem("Wrong e-mail or password.", statusCode: StatusCodes.Status401Unauthorized);

    private static async Task<NoContent> LogoutAsync(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<UserInfo>, UnauthorizedHttpResult>> MeAsync(
        HttpContext context, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(context.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }
        var roleNames = await users.GetRolesAsync(user);
        return TypedResults.Ok(new UserInfo(user.Id, user.Email!, [.. roleNames]));
    }
}
