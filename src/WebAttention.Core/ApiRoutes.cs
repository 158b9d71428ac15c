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
    /// <summary>POST ReframeRequestDto: queue path solving; GET: CropPathSummary[].</summary>
    public static string CropPaths(Guid id) => $"/api/clips/{id}/croppaths";
    /// <summary>GET: CropPathView of an aspect ("9x16" in the URL for "9:16").</summary>
    public static string CropPath(Guid id, string aspect) => $"/api/clips/{id}/croppaths/{AspectSlug(aspect)}";
    /// <summary>PUT KeyframeEdit → CropPathView (new revision).</summary>
    public static string CropPathKeyframes(Guid id, string aspect) => $"{CropPath(id, aspect)}/keyframes";
    /// <summary>POST ExportRequest: queue renders; GET: ExportSummary[].</summary>
    public static string Exports(Guid id) => $"/api/clips/{id}/exports";
    /// <summary>GET a file of a finished export: kind is video, json, edl or csv.</summary>
    public static string ExportFile(Guid id, string aspect, string kind) => $"/api/clips/{id}/exports/{AspectSlug(aspect)}/{kind}";
    /// <summary>"9:16" → "9x16" (URL- and file-name-safe).</summary>
    public static string AspectSlug(string aspect) => aspect.Replace(':', 'x');

    /// <summary>GET: ClipFacesView, the faces of every analysed frame.</summary>
    public static string Faces(Guid id) => $"/api/clips/{id}/faces";
    /// <summary>GET: AttentionTimelineView, attention statistics over time.</summary>
    public static string AttentionTimeline(Guid id) => $"/api/clips/{id}/saliency/timeline";

    /// <summary>GET: maps of frames [from, from+count) back to back.</summary>
    public static string SaliencyFrames(Guid id, long from, int count) => $"/api/clips/{id}/saliency/frames?from={from}&count={count}";
}

/// <summary>Credentials for register and log-in.</summary>
public sealed record Credentials(string Email, string Password);

/// <summary>The signed-in user.</summary>
public sealed record UserInfo(string Id, string Email, IReadOnlyList<string> Roles);

/// <summary>What the server runs inference on.</summary>
public sealed record SystemInfo(string Device, string Model, string? DeviceDetail);
