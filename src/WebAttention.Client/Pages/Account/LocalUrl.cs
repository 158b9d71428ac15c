namespace WebAttention.Client.Pages.Account;

/// <summary>Guards return addresses against open redirects.</summary>
public static class LocalUrl
{
    /// <summary><paramref name="url"/> when it is a local path ("/x", not "//host" or "/\host"), else "/".</summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
