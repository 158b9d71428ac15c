namespace WebAttention.Core;

/// <summary>HTTP routes shared by server and browser.</summary>
public static class ApiRoutes
{
    /// <summary>POST {email,password}: create an account (the first one becomes Admin).</summary>
    public const string Register = "/api/auth/register";
    /// <summary>POST {email,password}: sign in with a cookie.</summary>
    public const string Login = "/api/auth/login";
    /// <summary>POST: sign out.</summary>
    public const string Logout = "/api/auth/logout";
    /// <summary>GET: the signed-in user (UserInfo) or 401.</summary>
    public const string Me = "/api/auth/me";
    /// <summary>GET: the caller's clips.</summary>
    public const string Clips = "/api/clips";
    /// <summary>GET: inference device and model (SystemInfo).</summary>
    public const string System = "/api/system";

    /// <summary>GET: one clip.</summary>
    public static string Clip(Guid id) => $"/api/clips/{id}";
    /// <summary>GET (ranges): browser-playable H.264 proxy of the clip.</summary>
    public static string Video(Guid id) => $"/api/clips/{id}/video";
    /// <summary>GET: SaliencyIndex.</summary>
    public static string SaliencyIndex(Guid id) => $"/api/clips/{id}/saliency/index";
    /// <summary>GET: one chunk file of 8-bit maps.</summary>
    public static string SaliencyChunk(Guid id, int chunk) => $"/api/clips/{id}/saliency/chunks/{chunk}";
    /// <summary>GET: maps of frames [from, from+count) back to back.</summary>
    public static string SaliencyFrames(Guid id, long from, int count) => $"/api/clips/{id}/saliency/frames?from={from}&count={count}";
}

/// <summary>Credentials for register and log-in.</summary>
public sealed record Credentials(string Email, string Password);

/// <summary>The signed-in user.</summary>
public sealed record UserInfo(string Id, string Email, IReadOnlyList<string> Roles);

/// <summary>What the server runs inference on.</summary>
public sealed record SystemInfo(string Device, string Model, string? DeviceDetail);
