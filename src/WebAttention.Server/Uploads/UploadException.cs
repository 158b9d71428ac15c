namespace WebAttention.Server.Uploads;

/// <summary>An upload request that cannot be honoured; the message is meant for the user.</summary>
public sealed class UploadException(string message) : Exception(message);
